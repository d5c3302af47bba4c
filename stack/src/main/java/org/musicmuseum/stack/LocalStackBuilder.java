package org.musicmuseum.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.musicmuseum.stack.kafka.PartitionCount;
import org.musicmuseum.stack.launcher.StackControl;
import org.musicmuseum.stack.launcher.StackOptions;

/** Configures a {@link LocalStack}; {@code root} and {@code workDir} are required. */
public final class LocalStackBuilder {

  private Path root;
  private Path workDir;
  private Path libertyHome;
  private final List<String> serviceNames = new ArrayList<>();
  private final Map<String, String> serviceEnv = new LinkedHashMap<>();
  private final Map<String, Integer> replicaCounts = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> envByService = new LinkedHashMap<>();
  private Duration timeout = Duration.ofMinutes(5);
  private OptionalInt partitions = OptionalInt.empty();

  LocalStackBuilder() {}

  /** The project root: service modules, their built WARs and liberty-config. */
  public LocalStackBuilder root(Path root) {
    this.root = root;
    return this;
  }

  /** Where every file of this stack goes (data, logs, Liberty instances, pid files). */
  public LocalStackBuilder workDir(Path workDir) {
    this.workDir = workDir;
    return this;
  }

  /**
   * Defaults to {@code museum.liberty.home}, MUSEUM_LIBERTY_HOME or {@code
   * <root>/target/liberty/wlp}.
   */
  public LocalStackBuilder libertyHome(Path libertyHome) {
    this.libertyHome = libertyHome;
    return this;
  }

  /** The services to run, by name from {@link Services#ALL}; none means Kafka and the DB only. */
  public LocalStackBuilder services(String... names) {
    serviceNames.addAll(List.of(names));
    return this;
  }

  /**
   * Runs {@code count} servers of the service {@code name} in all (its replicas are named {@code
   * name-2}, …); the service itself must be among {@link #services}.
   */
  public LocalStackBuilder replicas(String name, int count) {
    replicaCounts.put(name, count);
    return this;
  }

  /** Environment for the server {@code service} only, winning over the stack's own values. */
  public LocalStackBuilder envOf(String service, String name, String value) {
    envByService.computeIfAbsent(service, k -> new LinkedHashMap<>()).put(name, value);
    return this;
  }

  /** Extra environment for every service (for example a shorter polling interval). */
  public LocalStackBuilder serviceEnv(String name, String value) {
    serviceEnv.put(name, value);
    return this;
  }

  /**
   * The partition count Kafka creates the topic of the music events with, from 1 to {@link
   * PartitionCount#MAX}; without it, TOPIC_PARTITIONS from the environment or {@code
   * Topics.DEFAULT_PARTITIONS}. A topic that exists already keeps its own count.
   */
  public LocalStackBuilder partitions(int count) {
    this.partitions = OptionalInt.of(PartitionCount.check(count, "partitions"));
    return this;
  }

  /** How long each part may take to become ready (default 5 minutes). */
  public LocalStackBuilder timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /**
   * Starts everything and waits until it is ready; on failure stops what was started and rethrows.
   */
  public LocalStack start() {
    if (root == null || workDir == null) {
      throw new IllegalStateException("root and workDir are required");
    }
    Path wlp =
        libertyHome != null ? libertyHome : StackLayout.defaultLibertyHome(root, System.getenv());
    List<ServiceSpec> specs = new ArrayList<>();
    for (String name : serviceNames) {
      ServiceSpec spec = Services.byName(name);
      specs.add(spec);
      for (int n = 2; n <= replicaCounts.getOrDefault(name, 1); n++) {
        specs.add(spec.replica(n));
      }
    }
    if (!serviceNames.containsAll(replicaCounts.keySet())) {
      throw new IllegalStateException(
          "replicas of a service that is not started: " + replicaCounts.keySet());
    }
    StackPorts ports = StackPorts.random(specs);
    StackOptions options =
        new StackOptions(
            Optional.empty(),
            serviceEnv,
            OptionalLong.of(ProcessHandle.current().pid()),
            System.out,
            envByService,
            partitions);
    StackControl control =
        new StackControl(new StackLayout(root, workDir, wlp), ports, specs, options);
    LocalStack stack = new LocalStack(control, ports, specs, timeout);
    Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
    try {
      control.up(timeout);
      return stack;
    } catch (RuntimeException e) {
      try {
        stack.close();
      } catch (RuntimeException stopFailure) {
        e.addSuppressed(stopFailure);
      }
      throw e;
    }
  }
}
