package org.musicmuseum.stack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.musicmuseum.stack.launcher.Component;
import org.musicmuseum.stack.launcher.StackControl;

/**
 * The whole stack for system tests and benchmarks: Kafka and the DB as separate processes, each
 * service in its own Liberty server, all on free random ports with every file under {@code
 * workDir}. Uses the same code as the run command. {@link #close()} (also run by a shutdown hook)
 * stops everything it started; the helper JVMs also stop when this JVM dies.
 */
public final class LocalStack implements AutoCloseable {

  private final StackControl control;
  private final StackPorts ports;
  private final List<ServiceSpec> services;
  private final Duration timeout;
  private final Signals signals = new Signals();
  final Thread shutdownHook;
  private boolean closed;

  LocalStack(StackControl control, StackPorts ports, List<ServiceSpec> services, Duration timeout) {
    this.control = control;
    this.ports = ports;
    this.services = List.copyOf(services);
    this.timeout = timeout;
    this.shutdownHook = new Thread(this::stopAll, "local-stack-shutdown");
  }

  public static LocalStackBuilder builder() {
    return new LocalStackBuilder();
  }

  /** Base URL of a service's (or replica's) API, e.g. {@code http://localhost:41234/receiver}. */
  public String serviceUrl(String name) {
    ServiceSpec spec =
        services.stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseGet(() -> Services.byName(name));
    return spec.baseUrl(port(name));
  }

  /** The port of a service, or of {@code kafka}, {@code kafka-controller}, {@code db}. */
  public int port(String name) {
    return ports.get(name);
  }

  public String kafkaBootstrap() {
    return control.kafkaBootstrap();
  }

  /** The topic of the music events ({@code KAFKA_TOPIC} if a test gave one). */
  public String topic() {
    return control.topic();
  }

  /**
   * The partition count the stack creates the topic of the music events with: the builder's {@link
   * LocalStackBuilder#partitions(int)}, else TOPIC_PARTITIONS, else {@code
   * Topics.DEFAULT_PARTITIONS}.
   */
  public int partitions() {
    return control.partitions();
  }

  public String jdbcUrl() {
    return control.dbAccess().url();
  }

  public String dbUser() {
    return control.dbAccess().user();
  }

  public String dbPassword() {
    return control.dbAccess().password();
  }

  public List<ServiceSpec> services() {
    return services;
  }

  /** The process id of a service, {@code kafka} or {@code db}, while it runs. */
  public OptionalLong pid(String name) {
    return component(name).pid();
  }

  /** From the start of a service, {@code kafka} or {@code db} to its readiness, once seen. */
  public Optional<Duration> readyAfterStart(String name) {
    return control.readyAfterStart(name);
  }

  private Component component(String name) {
    return switch (name) {
      case "kafka" -> control.kafka();
      case "db" -> control.db();
      default -> control.service(name);
    };
  }

  public void stopService(String name) {
    control.service(name).stop();
  }

  /** Starts a stopped service again and waits until it is ready. */
  public void startService(String name) {
    control.start(control.service(name), timeout);
  }

  /** Starts whatever is not running (services together) and waits until everything is ready. */
  public void startStopped() {
    control.up(timeout);
  }

  /**
   * SIGTERM to the service's server JVM, as a container runtime or systemd sends it; returns once
   * the JVM has exited (Liberty stops the server from its shutdown hook).
   */
  public void terminateService(String name) {
    OptionalLong pid = control.service(name).pid();
    Optional<ProcessHandle> process =
        pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
    if (process.isEmpty()) {
      return;
    }
    process.get().destroy();
    try {
      process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new StackException(name + " did not exit within " + timeout + " of SIGTERM");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while " + name + " was stopping");
    }
  }

  /**
   * SIGSTOP to a service's server JVM (or {@code kafka}'s or {@code db}'s process): it keeps its
   * connections and answers nothing until {@link #resume(String)}, like a stalled consumer.
   */
  public void pause(String name) {
    signals.pause(runningPid(name));
  }

  /** SIGCONT to what {@link #pause(String)} stopped. */
  public void resume(String name) {
    signals.resume(runningPid(name));
  }

  private long runningPid(String name) {
    return pid(name).orElseThrow(() -> new StackException(name + " is not running"));
  }

  /** SIGKILL of the service's server JVM. */
  public void killService(String name) {
    control.service(name).kill();
  }

  /** Clean broker shutdown; the broker stays down until {@link #startKafka()}. */
  public void stopKafka() {
    control.kafka().stop();
  }

  /** Starts the broker again on the same ports and data and waits until it is ready. */
  public void startKafka() {
    control.start(control.kafka(), timeout);
  }

  /** Clean DB shutdown; the DB stays down until {@link #startDb()}. */
  public void stopDb() {
    control.db().stop();
  }

  /** Starts the DB again on the same port and data and waits until it is ready. */
  public void startDb() {
    control.start(control.db(), timeout);
  }

  /** Clean broker shutdown, then a start on the same ports and data. */
  public void restartKafka() {
    control.kafka().stop();
    control.start(control.kafka(), timeout);
  }

  /** Clean DB shutdown, then a start on the same port and data. */
  public void restartDb() {
    control.db().stop();
    control.start(control.db(), timeout);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook itself is running this
    }
    stopAll();
  }

  private synchronized void stopAll() {
    if (!closed) {
      closed = true;
      signals.resumeAll();
      control.down();
    }
  }
}
