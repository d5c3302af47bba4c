package org.musicmuseum.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The table of services, in start order. A new service is one more row. */
public final class Services {

  public static final List<ServiceSpec> ALL =
      List.of(
          new ServiceSpec(
              "receiver", "receiver-war", 8080, "RECEIVER_PORT", "/receiver", "/events/new_album"),
          new ServiceSpec(
              "storage", "storage-war", 8090, "STORAGE_PORT", "/storage", "/events/new_album"),
          new ServiceSpec(
              "processing", "processing-war", 8100, "PROCESSING_PORT", "/processing", "/stats"),
          new ServiceSpec("health", "health-war", 8120, "HEALTH_PORT", "/healthcheck", "/status"),
          new ServiceSpec("audit", "audit-war", 8200, "AUDIT_PORT", "/audit_log", "/album?index=0"),
          new ServiceSpec("dashboard", "dashboard-web", 3000, "DASHBOARD_PORT", "/", "/"));

  private Services() {}

  public static ServiceSpec byName(String name) {
    return ALL.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "unknown service '"
                        + name
                        + "'; known: "
                        + ALL.stream().map(ServiceSpec::name).toList()));
  }

  /** The service named {@code nameOrModule}, e.g. {@code storage} or {@code storage-war}. */
  public static Optional<ServiceSpec> find(String nameOrModule) {
    return ALL.stream()
        .filter(s -> s.name().equals(nameOrModule) || s.moduleDir().equals(nameOrModule))
        .findFirst();
  }

  /** The names of all services, e.g. {@code receiver, storage, processing}. */
  public static String names() {
    return String.join(", ", ALL.stream().map(ServiceSpec::name).toList());
  }

  /**
   * The services whose module directory exists under {@code root}; the others are not built yet.
   */
  public static List<ServiceSpec> available(Path root) {
    return ALL.stream().filter(s -> Files.isDirectory(root.resolve(s.moduleDir()))).toList();
  }
}
