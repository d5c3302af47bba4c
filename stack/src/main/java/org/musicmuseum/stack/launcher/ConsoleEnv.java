package org.musicmuseum.stack.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;
import org.musicmuseum.stack.StackPorts;

/**
 * The service URLs of the JavaFX console ({@code MUSEUM_PROCESSING_URL}, ...) moved along with the
 * stack's port variables: a service whose port is set in the environment gets its URL unless the
 * console's variable is set already; the others keep the console's defaults.
 */
final class ConsoleEnv {

  /** The services the console calls (the dashboard for its live updates). */
  static final List<String> SERVICES = List.of("processing", "health", "audit", "dashboard");

  private ConsoleEnv() {}

  static Map<String, String> of(Map<String, String> env) {
    List<ServiceSpec> specs = SERVICES.stream().map(Services::byName).toList();
    StackPorts ports = StackPorts.fromEnv(env, specs);
    Map<String, String> urls = new LinkedHashMap<>();
    for (ServiceSpec spec : specs) {
      String variable = "MUSEUM_" + spec.urlEnv();
      if (isSet(env, spec.portEnv()) && !isSet(env, variable)) {
        urls.put(variable, spec.baseUrl(ports.get(spec.name())));
      }
    }
    return urls;
  }

  private static boolean isSet(Map<String, String> env, String variable) {
    return !env.getOrDefault(variable, "").isEmpty();
  }
}
