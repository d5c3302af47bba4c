package org.musicmuseum.health.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What is known about one watched service.
 *
 * @param status its current status
 * @param lastCheck when it was last checked; absent before the first check
 * @param since since when it has this status; absent before the first check
 * @param detail a short note on the last check
 */
@JsonbPropertyOrder({"status", "lastCheck", "since", "detail"})
public record ServiceState(
    @Schema(
            type = SchemaType.STRING,
            enumeration = {"Unknown", "Running", "Degraded", "Down"})
        @JsonbTypeAdapter(StatusAdapter.class)
        Status status,
    @Schema(description = "when it was last checked (absent before the first check)")
        @JsonbProperty("last_check")
        Instant lastCheck,
    @Schema(description = "since when it has this status") Instant since,
    @Schema(description = "the checks that are down, or the error", example = "connection refused")
        String detail) {

  /** Before the first check. */
  public static ServiceState unknown() {
    return new ServiceState(Status.UNKNOWN, null, null, "not checked yet");
  }
}
