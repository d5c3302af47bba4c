package org.musicmuseum.stack;

import java.util.Locale;

/**
 * One service of the stack: a WAR module that runs in its own Open Liberty server.
 *
 * @param name server name and WAR name ({@code <moduleDir>/target/<name>.war})
 * @param moduleDir the Maven module directory under the project root
 * @param defaultPort the HTTP port used when {@code portEnv} is not set
 * @param portEnv the environment variable that moves the port
 * @param contextRoot the context root of the service's REST API
 * @param examplePath a path under the context root worth showing a user, e.g. {@code
 *     /events/new_album}
 * @param war the WAR's name without {@code .war}: the service's name, also for its replicas
 */
public record ServiceSpec(
    String name,
    String moduleDir,
    int defaultPort,
    String portEnv,
    String contextRoot,
    String examplePath,
    String war) {

  /** A service whose server and WAR have the same name. */
  public ServiceSpec(
      String name,
      String moduleDir,
      int defaultPort,
      String portEnv,
      String contextRoot,
      String examplePath) {
    this(name, moduleDir, defaultPort, portEnv, contextRoot, examplePath, name);
  }

  /**
   * Another server of this service, named {@code <name>-<n>} (e.g. {@code receiver-2}): the same
   * WAR and configuration, its own port, data, logs and Liberty instance.
   */
  public ServiceSpec replica(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("replicas are numbered from 2; the service itself is 1");
    }
    return new ServiceSpec(
        war + "-" + n, moduleDir, defaultPort, portEnv, contextRoot, examplePath, war);
  }

  /**
   * How the CI builds this service's image ({@code Dockerfile.liberty}): {@code
   * name:module:war:port}, e.g. {@code storage:storage-war:storage:8090}.
   */
  public String imageLine() {
    return String.join(":", name, moduleDir, war, String.valueOf(defaultPort));
  }

  /** Whether this is a second (third, …) server of a service. */
  public boolean isReplica() {
    return !name.equals(war);
  }

  /** The variable other services read this service's base URL from, e.g. {@code STORAGE_URL}. */
  public String urlEnv() {
    return name.toUpperCase(Locale.ROOT) + "_URL";
  }

  /** Base URL of the service's API on this machine, e.g. {@code http://localhost:8090/storage}. */
  public String baseUrl(int port) {
    String root = "/".equals(contextRoot) ? "" : contextRoot;
    return "http://localhost:" + port + root;
  }
}
