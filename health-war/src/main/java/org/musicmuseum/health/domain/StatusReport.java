package org.musicmuseum.health.domain;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the health service knows: served by {@code GET /status}, pushed as the {@code status}
 * event and kept in the status file.
 *
 * @param lastUpdate when the last poll round completed; absent before the first one
 * @param services each watched service's state, in configuration order
 * @param history the changes of status, oldest first, bounded
 */
@JsonbPropertyOrder({"lastUpdate", "services", "history"})
public record StatusReport(
    @Schema(description = "when the last poll round completed") @JsonbProperty("last_update")
        Instant lastUpdate,
    @Schema(description = "per service name, in configuration order")
        Map<String, ServiceState> services,
    @Schema(description = "the changes of status, oldest first, at most health.history-size")
        List<StatusChange> history) {

  public StatusReport {
    services =
        Collections.unmodifiableMap(new LinkedHashMap<>(services == null ? Map.of() : services));
    history = history == null ? List.of() : List.copyOf(history);
  }
}
