package org.musicmuseum.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where everything lives: the project {@code root} (sources, built WARs, liberty-config), the state
 * directory {@code home} ({@code <root>/.museum} for the run command, a test's work dir otherwise)
 * and the Open Liberty installation.
 */
public record StackLayout(Path root, Path home, Path libertyHome) {

  public StackLayout {
    root = root.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
    libertyHome = libertyHome.toAbsolutePath().normalize();
  }

  public static StackLayout of(Path root, Path home) {
    return new StackLayout(root, home, defaultLibertyHome(root, System.getenv()));
  }

  /**
   * {@code museum.liberty.home} system property, else {@code MUSEUM_LIBERTY_HOME}, else {@code
   * <root>/target/liberty/wlp}.
   */
  public static Path defaultLibertyHome(Path root, Map<String, String> env) {
    String property = System.getProperty("museum.liberty.home");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String fromEnv = env.get("MUSEUM_LIBERTY_HOME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return root.resolve("target/liberty/wlp");
  }

  public Path kafkaDir() {
    return home.resolve("kafka");
  }

  public Path dbDir() {
    return home.resolve("db");
  }

  /** The WLP_USER_DIR of one service's server. */
  public Path libertyUserDir(String name) {
    return home.resolve("liberty").resolve(name);
  }

  public Path logsDir() {
    return home.resolve("logs");
  }

  /** Console log of a process the stack spawns itself (Kafka, DB). */
  public Path logFile(String name) {
    return logsDir().resolve(name + ".log");
  }

  /** LOG_DIR of a Liberty server: messages.log and console.log. */
  public Path serviceLogDir(String name) {
    return logsDir().resolve(name);
  }

  /** A directory a service may keep its files in (DATA_DIR). */
  public Path dataDir(String name) {
    return home.resolve("data").resolve(name);
  }

  public Path runDir() {
    return home.resolve("run");
  }

  public Path warFile(ServiceSpec spec) {
    return root.resolve(spec.moduleDir()).resolve("target").resolve(spec.war() + ".war");
  }

  public Path configDir(ServiceSpec spec) {
    return root.resolve(spec.moduleDir()).resolve("src/main/liberty/config");
  }

  public Path sharedConfigDir() {
    return root.resolve("liberty-config");
  }
}
