package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.JDBC_MYSQL;
import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the environment deploy/compose.yaml gives each Liberty service: every variable maps to a
 * server.xml variable or MicroProfile Config key of the service, and every address (Kafka, the
 * database, other services' URLs) points at a compose service, its port and its context root.
 */
class ComposeEnvironmentTest {

  /**
   * Environment variables the Liberty runtime or the JVM reads itself, which no server.xml or
   * MicroProfile Config key declares.
   */
  private static final Set<String> RUNTIME_ENVIRONMENT =
      Set.of(
          "WLP_LOGGING_CONSOLE_FORMAT",
          "WLP_LOGGING_CONSOLE_LOGLEVEL",
          "WLP_LOGGING_CONSOLE_SOURCE",
          "JAVA_TOOL_OPTIONS",
          "keystore_password",
          "OPENJ9_JAVA_OPTIONS",
          "TZ");

  /**
   * OpenTelemetry's variables, which the runtime reads (at runtime level, liberty-config/env/
   * server.env) in the servers that include telemetry.xml.
   */
  private static boolean telemetry(LibertyModule m, String name) {
    return name.startsWith("OTEL_")
        && m.configFiles.stream()
            .anyMatch(f -> String.valueOf(f.getFileName()).equals("telemetry.xml"));
  }

  private static final Pattern HTTP_URL = Pattern.compile("^https?://([^/:]+)(?::(\\d+))?(/.*)?$");
  private static final Pattern COMPOSE_VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

  private final DeployFiles files = DeployFiles.load();

  @Test
  void composeEnvironmentMatchesWhatEachServiceReads() throws Exception {
    List<String> problems = new ArrayList<>();
    for (var entry : files.libertyServices().entrySet()) {
      String svc = entry.getKey();
      LibertyModule m = files.modules.get(entry.getValue().get("MODULE"));
      if (m == null) {
        continue; // reported by BuildArgumentsTest
      }
      m.missingIncludes(files.root)
          .forEach(
              include ->
                  problems.add(
                      "The server.xml of " + m.name + " has a missing include: " + include + "."));
      Set<String> known = m.environmentNames();
      for (String name : files.environment(svc).keySet()) {
        if (!known.contains(name) && !RUNTIME_ENVIRONMENT.contains(name) && !telemetry(m, name)) {
          problems.add(
              "Service "
                  + svc
                  + " sets "
                  + name
                  + ", but "
                  + m.name
                  + " reads no such variable: no <variable> of its server.xml (or the fragments it"
                  + " includes) and no MicroProfile Config key of it maps to that name.");
        }
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void composeAddressesPointAtComposeServices() {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> liberty = files.libertyServices();
    for (String svc : liberty.keySet()) {
      for (var env : files.environment(svc).entrySet()) {
        String name = env.getKey();
        String value = resolveDefaults(env.getValue());
        if (name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
          Set<String> advertised = kafkaAdvertisedAddresses();
          for (String address : value.split(",")) {
            if (!advertised.contains(address.strip())) {
              problems.add(
                  "Service "
                      + svc
                      + " looks for Kafka at "
                      + address.strip()
                      + ", which no compose service advertises (KAFKA_ADVERTISED_LISTENERS).");
            }
          }
        } else if (name.equals("DB_URL")) {
          checkDatabase(svc, value, problems);
        } else if (name.endsWith("_URL")) {
          checkServiceUrl(svc, name, value, liberty, problems);
        }
      }
    }
    assertNoProblems(problems);
  }

  private void checkDatabase(String svc, String url, List<String> problems) {
    Matcher jdbc = JDBC_MYSQL.matcher(url);
    if (!jdbc.matches()) {
      problems.add("Service " + svc + " has a DB_URL that is no jdbc:mysql:// URL: " + url + ".");
      return;
    }
    String host = jdbc.group(1);
    if (!files.services.containsKey(host)) {
      problems.add(
          "Service " + svc + " connects to the database host " + host + ", no compose service.");
      return;
    }
    Map<String, String> db = files.environment(host);
    Map<String, String> mine = files.environment(svc);
    if (!jdbc.group(3).equals(db.get("MYSQL_DATABASE"))) {
      problems.add(
          "Service "
              + svc
              + " uses the database "
              + jdbc.group(3)
              + ", but "
              + host
              + " creates "
              + db.get("MYSQL_DATABASE")
              + ".");
    }
    if (!String.valueOf(mine.get("DB_USER")).equals(db.get("MYSQL_USER"))) {
      problems.add(
          "Service "
              + svc
              + (mine.containsKey("DB_USER")
                  ? " logs in as " + mine.get("DB_USER")
                  : " sets no DB_USER (the default user may differ)")
              + ", but "
              + host
              + " creates the user "
              + db.get("MYSQL_USER")
              + ".");
    }
    if (!String.valueOf(mine.get("DB_PASSWORD")).equals(db.get("MYSQL_PASSWORD"))) {
      problems.add(
          "Service "
              + svc
              + " takes its DB_PASSWORD from "
              + mine.get("DB_PASSWORD")
              + ", but "
              + host
              + " sets MYSQL_PASSWORD from "
              + db.get("MYSQL_PASSWORD")
              + ".");
    }
  }

  private void checkServiceUrl(
      String svc,
      String name,
      String value,
      Map<String, Map<String, String>> liberty,
      List<String> problems) {
    String sets = "Service " + svc + " sets " + name;
    if (value.startsWith("/")) {
      // A path of the gateway's origin: PROCESSING_URL=/processing names the processing service.
      String target = name.substring(0, name.length() - "_URL".length()).toLowerCase(Locale.ROOT);
      LibertyModule m = files.moduleOf(target, liberty);
      if (m == null) {
        problems.add(
            String.format(
                "%s=%s, but there is no compose service %s whose context root it could be.",
                sets, value, target));
      } else if (!value.equals(m.contextRoot)) {
        problems.add(
            String.format(
                "%s=%s, but the context root of %s is %s.", sets, value, target, m.contextRoot));
      }
      return;
    }
    Matcher url = HTTP_URL.matcher(value);
    if (!url.matches()) {
      problems.add(sets + "=" + value + ", which is neither a path nor a URL.");
      return;
    }
    String host = url.group(1);
    if (!files.services.containsKey(host)) {
      problems.add(sets + " to host " + host + ", which is not a compose service.");
      return;
    }
    LibertyModule m = files.moduleOf(host, liberty);
    if (m == null) {
      return;
    }
    String port = liberty.get(host).get("HTTP_PORT");
    if (!String.valueOf(url.group(2)).equals(port)) {
      problems.add(
          sets + " to port " + url.group(2) + " of " + host + ", which listens on " + port + ".");
    }
    String path = url.group(3) == null ? "" : url.group(3);
    if (!path.equals(m.contextRoot)) {
      problems.add(
          String.format(
              "%s to the path %s, but the context root of %s is %s.",
              sets, path, host, m.contextRoot));
    }
  }

  /** ${X:-default} becomes its default, ${X:?message} and ${X} stay placeholders. */
  private static String resolveDefaults(String value) {
    Matcher m = COMPOSE_VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean hasDefault = m.group(2) != null && m.group(2).endsWith("-");
      m.appendReplacement(
          out, Matcher.quoteReplacement(hasDefault ? m.group(3) : "<" + m.group(1) + ">"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Set<String> kafkaAdvertisedAddresses() {
    Set<String> addresses = new TreeSet<>();
    for (String svc : files.services.keySet()) {
      String listeners = files.environment(svc).getOrDefault("KAFKA_ADVERTISED_LISTENERS", "");
      for (String listener : listeners.split(",")) {
        int scheme = listener.indexOf("://");
        if (scheme > 0) {
          addresses.add(listener.substring(scheme + 3).strip());
        }
      }
    }
    return addresses;
  }
}
