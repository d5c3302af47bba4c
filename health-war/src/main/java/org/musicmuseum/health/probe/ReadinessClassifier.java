package org.musicmuseum.health.probe;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.musicmuseum.health.domain.CheckResult;

/** Turns the answer to {@code GET /health/ready}, or the failure to get one, into a status. */
public final class ReadinessClassifier {

  private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

  /**
   * 200 is Running; 503 with a MicroProfile Health report (status DOWN and a list of checks) is
   * Degraded, with the names of the checks that are not UP; anything else is Down.
   */
  public CheckResult classify(int statusCode, String body) {
    if (statusCode == 200) {
      return CheckResult.running("ready");
    }
    if (statusCode == 503) {
      Optional<JsonObject> report = healthReport(body);
      if (report.isPresent()) {
        String down =
            report.get().getJsonArray("checks").stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .filter(check -> !"UP".equals(check.getString("status", "")))
                .map(check -> check.getString("name", "?"))
                .collect(Collectors.joining(", "));
        return CheckResult.degraded(down.isEmpty() ? "not ready" : "not ready: " + down);
      }
      return CheckResult.down("HTTP 503 without a health report");
    }
    return CheckResult.down("HTTP " + statusCode);
  }

  /** No answer: refused, timed out, or broken off. */
  public CheckResult classifyFailure(Throwable failure, Duration timeout) {
    return CheckResult.down(FailureText.of(failure, timeout));
  }

  /** The body as a MicroProfile Health report, if it is one. */
  private Optional<JsonObject> healthReport(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = readers.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject report
          && report.get("status") instanceof JsonString status
          && Objects.equals(status.getString(), "DOWN")
          && report.get("checks") != null
          && report.get("checks").getValueType() == JsonValue.ValueType.ARRAY) {
        return Optional.of(report);
      }
      return Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }
}
