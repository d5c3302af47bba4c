package org.musicmuseum.stack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.StackPorts;
import org.musicmuseum.stack.db.DbAccess;
import org.musicmuseum.stack.db.DbCredentials;
import org.musicmuseum.stack.db.DbMain;
import org.musicmuseum.stack.kafka.KafkaMain;
import org.musicmuseum.stack.kafka.KafkaProbe;
import org.musicmuseum.stack.kafka.PartitionCount;

/** Builds the components of one stack and the environment its services get. */
final class Components {

  private static final List<String> KAFKA_JVM = List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC");
  private static final List<String> DB_JVM =
      List.of(
          "-Xmx64m",
          "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1",
          "-Dorg.slf4j.simpleLogger.log.ch.vorburger.exec.ManagedProcess=info");

  static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
  static final String KAFKA_TOPIC = "KAFKA_TOPIC";
  static final String UPDATES_TOPIC = "UPDATES_TOPIC";

  private final StackLayout layout;
  private final StackPorts ports;
  private final List<ServiceSpec> services;
  private final StackOptions options;
  private final RunState state;

  Components(
      StackLayout layout, StackPorts ports, List<ServiceSpec> services, StackOptions options) {
    this.layout = layout;
    this.ports = ports;
    this.services = List.copyOf(services);
    this.options = options;
    this.state = new RunState(layout.runDir());
  }

  RunState state() {
    return state;
  }

  Component kafka() {
    var launch =
        new JavaComponent.Launch(
            KafkaMain.class.getName(),
            KAFKA_JVM,
            List.of(
                layout.kafkaDir().toString(),
                Integer.toString(ports.kafka()),
                Integer.toString(ports.kafkaController()),
                topic(),
                updatesTopic()),
            layout.home(),
            () -> Map.of(Topics.PARTITIONS_VARIABLE, Integer.toString(partitions())));
    var claims =
        List.of(
            new Component.PortClaim(StackPorts.KAFKA, ports.kafka(), "KAFKA_PORT"),
            new Component.PortClaim(
                StackPorts.KAFKA_CONTROLLER, ports.kafkaController(), "KAFKA_CONTROLLER_PORT"));
    return new JavaComponent(
        "kafka",
        launch,
        claims,
        () -> KafkaProbe.isReady("127.0.0.1", ports.kafka(), topic()),
        state,
        layout.logFile("kafka"),
        options.parentPid());
  }

  Component db() {
    if (options.externalDb().isPresent()) {
      return new ExternalDbComponent(options.externalDb().get());
    }
    List<String> jvm = new ArrayList<>(DB_JVM);
    jvm.add("-Djava.io.tmpdir=" + layout.dbDir().resolve("tmp"));
    var launch =
        new JavaComponent.Launch(
            DbMain.class.getName(),
            jvm,
            List.of(layout.dbDir().toString(), Integer.toString(ports.db())),
            layout.home(),
            Map::of);
    return new JavaComponent(
        "db",
        launch,
        List.of(new Component.PortClaim(StackPorts.DB, ports.db(), "DB_PORT")),
        this::embeddedDbReady,
        state,
        layout.logFile("db"),
        options.parentPid());
  }

  ServiceComponent service(ServiceSpec spec) {
    return new ServiceComponent(
        spec, layout, ports.get(spec.name()), state, () -> serviceEnv(spec));
  }

  String kafkaBootstrap() {
    return "127.0.0.1:" + ports.kafka();
  }

  /**
   * The topic of the music events: {@code KAFKA_TOPIC} as given to the services, else from the
   * environment, else {@link Topics#MUSIC_EVENTS}. Kafka creates it; every server is told it.
   */
  String topic() {
    return given(KAFKA_TOPIC).orElse(Topics.MUSIC_EVENTS);
  }

  /**
   * The topic of the live updates: {@code UPDATES_TOPIC} as given to the services, else from the
   * environment, else {@link Topics#UPDATES}. Kafka creates it; every server is told it.
   */
  String updatesTopic() {
    return given(UPDATES_TOPIC).orElse(Topics.UPDATES);
  }

  /**
   * The partition count Kafka creates the topic of the music events with: the one the stack was
   * given, else {@code TOPIC_PARTITIONS} from the environment, else {@link
   * Topics#DEFAULT_PARTITIONS}. Read when Kafka starts, so that a bad value stops nothing else.
   */
  int partitions() {
    return options.partitions().orElseGet(() -> PartitionCount.fromEnv(System.getenv()));
  }

  /**
   * The warning to print when the running broker's topic has other than {@link #partitions()}
   * partitions (it was created earlier with another count); empty when it has as many, or when the
   * broker does not say.
   */
  Optional<String> partitionWarning() {
    int asked = partitions();
    OptionalInt existing = KafkaProbe.partitions("127.0.0.1", ports.kafka(), topic());
    return existing.isPresent() && existing.getAsInt() != asked
        ? Optional.of(PartitionCount.mismatch(topic(), existing.getAsInt(), asked))
        : Optional.empty();
  }

  private Optional<String> given(String name) {
    String given = options.serviceEnv().getOrDefault(name, System.getenv(name));
    return Optional.ofNullable(given).filter(g -> !g.isBlank());
  }

  DbAccess dbAccess() {
    return options.externalDb().orElseGet(() -> DbAccess.embedded(ports.db(), layout.dbDir()));
  }

  /**
   * KAFKA_BOOTSTRAP_SERVERS, DB_URL/DB_USER/DB_PASSWORD, DATA_DIR, every service's URL (e.g.
   * STORAGE_URL; a replica's is not given) and, when the stack runs the dashboard,
   * CORS_ALLOWED_ORIGINS = its origins unless the caller or the environment sets it.
   */
  Map<String, String> serviceEnv(ServiceSpec spec) {
    Map<String, String> env = new LinkedHashMap<>(options.serviceEnv());
    env.putAll(connectionEnv(services));
    if (System.getenv(DashboardOrigins.ENV) == null) {
      DashboardOrigins.of(services, ports).ifPresent(o -> env.putIfAbsent(DashboardOrigins.ENV, o));
    }
    try {
      env.put("DATA_DIR", Files.createDirectories(layout.dataDir(spec.name())).toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + layout.dataDir(spec.name()), e);
    }
    env.putAll(options.envOf(spec.name()));
    return env;
  }

  /**
   * How a server reaches the others: KAFKA_BOOTSTRAP_SERVERS, DB_URL/DB_USER/DB_PASSWORD and the
   * URL of each of {@code reachable} but its replicas (e.g. STORAGE_URL).
   */
  Map<String, String> connectionEnv(List<ServiceSpec> reachable) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrap());
    env.put(KAFKA_TOPIC, topic());
    env.put(UPDATES_TOPIC, updatesTopic());
    env.putAll(dbAccess().asEnv());
    reachable.stream()
        .filter(s -> !s.isReplica())
        .forEach(s -> env.put(s.urlEnv(), s.baseUrl(ports.get(s.name()))));
    return env;
  }

  private boolean embeddedDbReady() {
    if (!Files.exists(layout.dbDir().resolve(DbCredentials.FILE_NAME))) {
      return false;
    }
    return DbAccess.embedded(ports.db(), layout.dbDir()).canConnect();
  }
}
