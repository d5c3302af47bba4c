package org.musicmuseum.stack.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.StackException;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.StackPorts;
import org.musicmuseum.stack.db.DbAccess;

/**
 * Starting, waiting for, reporting on and stopping a whole stack: Kafka, the DB and the services.
 * The run command and {@code LocalStack} both go through here.
 */
public final class StackControl {

  private final Components components;
  private final Component kafka;
  private final Component db;
  private final Map<String, ServiceComponent> services = new LinkedHashMap<>();
  private final PrintStream out;
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
  private final Map<String, Duration> readyAfterStart = new ConcurrentHashMap<>();

  public StackControl(
      StackLayout layout, StackPorts ports, List<ServiceSpec> specs, StackOptions options) {
    this.components = new Components(layout, ports, specs, options);
    this.kafka = components.kafka();
    this.db = components.db();
    specs.forEach(spec -> services.put(spec.name(), components.service(spec)));
    this.out = options.out();
  }

  public Component kafka() {
    return kafka;
  }

  public Component db() {
    return db;
  }

  public Component service(String name) {
    return serviceComponent(name);
  }

  private ServiceComponent serviceComponent(String name) {
    ServiceComponent service = services.get(name);
    if (service == null) {
      throw new StackException(
          "service '" + name + "' is not part of this stack " + services.keySet());
    }
    return service;
  }

  /** Kafka, the DB, then the services in table order. */
  public List<Component> all() {
    List<Component> all = new ArrayList<>(List.of(kafka, db));
    all.addAll(services.values());
    return all;
  }

  /**
   * How long the component took from its start to its readiness (as seen by the launcher, which
   * waits for the services one after another), if this control started it and saw it ready.
   */
  public Optional<Duration> readyAfterStart(String name) {
    return Optional.ofNullable(readyAfterStart.get(name));
  }

  public String kafkaBootstrap() {
    return components.kafkaBootstrap();
  }

  /** The topic of the music events that Kafka holds and every server reads. */
  public String topic() {
    return components.topic();
  }

  /**
   * The partition count Kafka creates the topic of the music events with (a topic that existed
   * already keeps its own; {@link #up} warns when it differs).
   */
  public int partitions() {
    return components.partitions();
  }

  public DbAccess dbAccess() {
    return components.dbAccess();
  }

  /**
   * What a server outside this control (Liberty dev mode) needs to join the stack: Kafka, the DB
   * and the URLs of the services named in {@code reachable}.
   */
  public Map<String, String> connectionEnv(Collection<String> reachable) {
    return components.connectionEnv(
        reachable.stream().map(name -> serviceComponent(name).spec()).toList());
  }

  /** The recorded ports of components that are running now (a new `up` must reuse them). */
  public Map<String, Integer> portsOfRunning() {
    Map<String, Integer> result = new HashMap<>();
    for (Component c : all()) {
      if (c.managed() && c.isRunning()) {
        c.claims()
            .forEach(
                claim ->
                    components
                        .state()
                        .port(claim.key())
                        .ifPresent(port -> result.put(claim.key(), port)));
      }
    }
    return result;
  }

  /**
   * Idempotent: keeps what runs, starts the rest, returns when everything is ready. Warns when the
   * topic of the music events has other than {@link #partitions()} partitions.
   */
  public void up(Duration timeout) {
    List<Component> infrastructure = List.of(kafka, db);
    infrastructure.forEach(this::ensureStarted);
    infrastructure.forEach(c -> awaitReady(c, timeout));
    components.partitionWarning().ifPresent(out::println);
    TogetherStart.run(services.values(), this::ensureStarted, out);
    services.values().forEach(c -> awaitReady(c, timeout));
  }

  /** Starts one component unless it runs, and waits until it is ready. */
  public void start(Component component, Duration timeout) {
    ensureStarted(component);
    awaitReady(component, timeout);
  }

  /**
   * Stops the services (reverse order), then the DB and Kafka; tries all, then reports failures.
   */
  public void down() {
    List<Component> order = new ArrayList<>(all());
    Collections.reverse(order);
    List<String> failures = new ArrayList<>();
    for (Component c : order) {
      if (!c.managed() || !c.isRunning()) {
        continue;
      }
      out.printf(
          "%-11s stopping (pid %s)%n", c.name(), c.pid().isPresent() ? c.pid().getAsLong() : "?");
      try {
        c.stop();
      } catch (RuntimeException e) {
        failures.add(c.name() + ": " + e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      throw new StackException("could not stop everything:\n" + String.join("\n", failures));
    }
  }

  private void ensureStarted(Component c) {
    if (c.isRunning()) {
      String pid = c.pid().isPresent() ? "pid " + c.pid().getAsLong() : "external";
      out.printf("%-11s already running (%s)%n", c.name(), pid);
      return;
    }
    c.claims().forEach(claim -> Ports.requireFree(claim.port(), claim.envVar(), c.name()));
    startedAt.put(c.name(), System.nanoTime());
    c.start();
    out.printf(
        "%-11s starting on port %d (pid %s)%n",
        c.name(), c.port(), c.pid().isPresent() ? c.pid().getAsLong() : "?");
  }

  private void awaitReady(Component c, Duration timeout) {
    long started = System.nanoTime();
    try (Heartbeat beat =
        Heartbeat.every(Heartbeat.INTERVAL, s -> out.println(Heartbeat.waiting(c.name(), s)))) {
      c.awaitReady(timeout);
    }
    long now = System.nanoTime();
    Long start = startedAt.remove(c.name());
    if (start != null) {
      readyAfterStart.put(c.name(), Duration.ofNanos(now - start));
    }
    out.printf("%-11s ready (%.1f s)%n", c.name(), (now - started) / 1e9);
  }
}
