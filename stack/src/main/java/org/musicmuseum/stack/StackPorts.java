package org.musicmuseum.stack;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ports of one stack: Kafka, its controller, the DB and every service, by component name. */
public final class StackPorts {

  public static final String KAFKA = "kafka";
  public static final String KAFKA_CONTROLLER = "kafka-controller";
  public static final String DB = "db";

  public static final int DEFAULT_KAFKA_PORT = 9092;
  public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
  public static final int DEFAULT_DB_PORT = 3306;

  private final Map<String, Integer> ports;

  private StackPorts(Map<String, Integer> ports) {
    this.ports = Map.copyOf(ports);
  }

  /**
   * The default ports (Kafka's and the DB's here, each service's in {@link Services#ALL}), each
   * moved by its variable (KAFKA_PORT, DB_PORT, RECEIVER_PORT, ...).
   */
  public static StackPorts fromEnv(Map<String, String> env, Collection<ServiceSpec> services) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put(KAFKA, port(env, "KAFKA_PORT", DEFAULT_KAFKA_PORT));
    ports.put(KAFKA_CONTROLLER, port(env, "KAFKA_CONTROLLER_PORT", DEFAULT_KAFKA_CONTROLLER_PORT));
    ports.put(DB, port(env, "DB_PORT", DEFAULT_DB_PORT));
    services.forEach(s -> ports.put(s.name(), port(env, s.portEnv(), s.defaultPort())));
    return new StackPorts(ports);
  }

  /** Distinct free ports for everything, for tests and benchmarks. */
  public static StackPorts random(Collection<ServiceSpec> services) {
    List<Integer> free = Ports.free(3 + services.size());
    Iterator<Integer> it = free.iterator();
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put(KAFKA, it.next());
    ports.put(KAFKA_CONTROLLER, it.next());
    ports.put(DB, it.next());
    services.forEach(s -> ports.put(s.name(), it.next()));
    return new StackPorts(ports);
  }

  /** These ports, with some replaced (for example by the ports of components already running). */
  public StackPorts withOverrides(Map<String, Integer> overrides) {
    Map<String, Integer> merged = new LinkedHashMap<>(ports);
    merged.putAll(overrides);
    return new StackPorts(merged);
  }

  public int kafka() {
    return get(KAFKA);
  }

  public int kafkaController() {
    return get(KAFKA_CONTROLLER);
  }

  public int db() {
    return get(DB);
  }

  public int get(String name) {
    Integer port = ports.get(name);
    if (port == null) {
      throw new IllegalArgumentException("no port for '" + name + "'");
    }
    return port;
  }

  /**
   * The number in {@code variable}, or {@code defaultPort} when unset; a clear error when
   * malformed.
   */
  static int port(Map<String, String> env, String variable, int defaultPort) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException(value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new StackException(
          variable + " must be a port number between 1 and 65535, got '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return ports.toString();
  }
}
