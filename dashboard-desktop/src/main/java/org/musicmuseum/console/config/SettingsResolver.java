package org.musicmuseum.console.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the settings from, first to last: command-line arguments, environment variables, the
 * remembered preferences and the defaults (the local stack). Each key is taken from the first
 * source that has it; a gateway URL stands for the four URLs below it.
 */
public final class SettingsResolver {

  public static final String PROCESSING = "processing.url";
  public static final String HEALTH = "health.url";
  public static final String AUDIT = "audit.url";
  public static final String DASHBOARD = "dashboard.url";
  public static final String REFRESH = "refresh.seconds";
  public static final String TIMEOUT = "timeout.seconds";
  static final String GATEWAY = "gateway.url";

  private static final Map<String, String> DEFAULTS =
      Map.of(
          PROCESSING, "http://localhost:8100/processing",
          HEALTH, "http://localhost:8120/healthcheck",
          AUDIT, "http://localhost:8200/audit_log",
          DASHBOARD, "http://localhost:3000",
          REFRESH, "5",
          TIMEOUT, "4");

  /** Option, key and environment variable of each setting. */
  private static final List<String[]> OPTIONS =
      List.of(
          new String[] {"--processing-url", PROCESSING, "MUSEUM_PROCESSING_URL"},
          new String[] {"--health-url", HEALTH, "MUSEUM_HEALTH_URL"},
          new String[] {"--audit-url", AUDIT, "MUSEUM_AUDIT_URL"},
          new String[] {"--dashboard-url", DASHBOARD, "MUSEUM_DASHBOARD_URL"},
          new String[] {"--gateway", GATEWAY, "MUSEUM_GATEWAY_URL"},
          new String[] {"--refresh", REFRESH, "MUSEUM_REFRESH_SECONDS"},
          new String[] {"--timeout", TIMEOUT, "MUSEUM_TIMEOUT_SECONDS"});

  public static final String USAGE =
      """
      Usage: ./museum console [options]
        --processing-url=URL  processing's base URL    (MUSEUM_PROCESSING_URL, default %s)
        --health-url=URL      health's base URL        (MUSEUM_HEALTH_URL, default %s)
        --audit-url=URL       audit's base URL         (MUSEUM_AUDIT_URL, default %s)
        --dashboard-url=URL   the dashboard server, whose live updates the console follows
                              (MUSEUM_DASHBOARD_URL, default %s; polls while they do not come)
        --gateway=URL         all four behind one gateway, e.g. http://localhost:8000
                              (MUSEUM_GATEWAY_URL: URL/processing, URL/healthcheck, URL/audit_log,
                              URL for the dashboard)
        --refresh=SECONDS     time between refreshes   (MUSEUM_REFRESH_SECONDS, default 5)
        --timeout=SECONDS     time a request may take  (MUSEUM_TIMEOUT_SECONDS, default 4)
      Options win over environment variables, which win over the settings saved in the console.
      """
          .formatted(
              DEFAULTS.get(PROCESSING),
              DEFAULTS.get(HEALTH),
              DEFAULTS.get(AUDIT),
              DEFAULTS.get(DASHBOARD));

  private SettingsResolver() {}

  /**
   * The settings for these arguments, environment and remembered values.
   *
   * @throws IllegalArgumentException naming the bad argument or value
   */
  public static ConsoleSettings resolve(
      List<String> args, Map<String, String> env, Map<String, String> remembered) {
    List<Map<String, String>> layers =
        List.of(expand(fromArgs(args)), expand(fromEnv(env)), expand(remembered), DEFAULTS);
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String key : DEFAULTS.keySet()) {
      chosen.put(key, layers.stream().filter(l -> l.containsKey(key)).findFirst().get().get(key));
    }
    return new ConsoleSettings(
        BaseUrls.parse("processing URL", chosen.get(PROCESSING)),
        BaseUrls.parse("health URL", chosen.get(HEALTH)),
        BaseUrls.parse("audit URL", chosen.get(AUDIT)),
        BaseUrls.parse("dashboard URL", chosen.get(DASHBOARD)),
        seconds("refresh interval", chosen.get(REFRESH), 1, 3600),
        seconds("timeout", chosen.get(TIMEOUT), 0.1, 300));
  }

  /** What {@link PreferencesStore} remembers of these settings. */
  public static Map<String, String> toRemember(ConsoleSettings settings) {
    return Map.of(
        PROCESSING, BaseUrls.show(settings.processingUrl()),
        HEALTH, BaseUrls.show(settings.healthUrl()),
        AUDIT, BaseUrls.show(settings.auditUrl()),
        DASHBOARD, BaseUrls.show(settings.dashboardUrl()),
        REFRESH, Long.toString(settings.refresh().toSeconds()));
  }

  private static Map<String, String> fromArgs(List<String> args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      String[] option = OPTIONS.stream().filter(o -> o[0].equals(name)).findFirst().orElse(null);
      if (option == null || eq < 0) {
        throw new IllegalArgumentException(
            (option == null ? "Unknown argument '" : "Give a value: '")
                + arg
                + (option == null ? "'" : "=…'")
                + "\n"
                + USAGE);
      }
      values.put(option[1], arg.substring(eq + 1));
    }
    return values;
  }

  private static Map<String, String> fromEnv(Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    for (String[] option : OPTIONS) {
      String value = env.get(option[2]);
      if (value != null && !value.isBlank()) {
        values.put(option[1], value);
      }
    }
    return values;
  }

  /** A gateway URL fills the four URLs its layer does not give itself. */
  private static Map<String, String> expand(Map<String, String> layer) {
    String gateway = layer.get(GATEWAY);
    if (gateway == null) {
      return layer;
    }
    String base = BaseUrls.show(BaseUrls.parse("gateway URL", gateway));
    Map<String, String> expanded = new HashMap<>(layer);
    expanded.putIfAbsent(PROCESSING, base + "/processing");
    expanded.putIfAbsent(HEALTH, base + "/healthcheck");
    expanded.putIfAbsent(AUDIT, base + "/audit_log");
    expanded.putIfAbsent(DASHBOARD, base);
    return expanded;
  }

  private static Duration seconds(String what, String text, double min, double max) {
    double value;
    try {
      value = Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The " + what + " '" + text + "' is not a number");
    }
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          "The " + what + " must be between " + min + " and " + max + " seconds, not " + text);
    }
    return Duration.ofMillis(Math.round(value * 1000));
  }
}
