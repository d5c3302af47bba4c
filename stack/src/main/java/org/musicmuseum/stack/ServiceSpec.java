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
 */
public record ServiceSpec(
    String name,
    String moduleDir,
    int defaultPort,
    String portEnv,
    String contextRoot,
    String examplePath) {

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
