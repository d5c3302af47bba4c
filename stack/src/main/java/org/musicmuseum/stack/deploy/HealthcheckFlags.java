package org.musicmuseum.stack.deploy;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A compose {@code healthcheck} as {@code podman run} flags. */
final class HealthcheckFlags {

  private HealthcheckFlags() {}

  static List<String> of(Map<String, Object> healthcheck) {
    List<String> flags = new ArrayList<>();
    if (healthcheck.isEmpty()) {
      return flags;
    }
    List<String> test = YamlMaps.strings(healthcheck.get("test"));
    if (!test.isEmpty()) {
      String kind = test.get(0);
      List<String> rest = test.subList(1, test.size());
      switch (kind) {
        case "CMD-SHELL" -> flags.addAll(List.of("--health-cmd", String.join(" ", rest)));
        case "CMD" -> flags.addAll(List.of("--health-cmd", json(rest)));
        case "NONE" -> flags.add("--no-healthcheck");
        default -> flags.addAll(List.of("--health-cmd", String.join(" ", test)));
      }
    }
    option(flags, healthcheck, "interval", "--health-interval");
    option(flags, healthcheck, "timeout", "--health-timeout");
    option(flags, healthcheck, "retries", "--health-retries");
    option(flags, healthcheck, "start_period", "--health-start-period");
    return flags;
  }

  /** A JSON array of strings, the form podman takes for an exec-form command. */
  static String json(List<String> words) {
    return Json.createArrayBuilder(words).build().toString();
  }

  private static void option(
      List<String> flags, Map<String, Object> healthcheck, String key, String flag) {
    Object value = healthcheck.get(key);
    if (value != null) {
      flags.addAll(List.of(flag, String.valueOf(value)));
    }
  }
}
