package org.musicmuseum.health.domain;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.Instant;

/**
 * The {@code change} event of the push stream: a change of status plus the service's new state.
 *
 * @param service the service's name
 * @param from its status before
 * @param to its status now
 * @param at when the change was seen
 * @param state the service's state after the change
 */
@JsonbPropertyOrder({"service", "from", "to", "at", "state"})
public record ChangeNotice(
    String service,
    @JsonbTypeAdapter(StatusAdapter.class) Status from,
    @JsonbTypeAdapter(StatusAdapter.class) Status to,
    Instant at,
    ServiceState state) {

  public static ChangeNotice of(StatusChange change, ServiceState state) {
    return new ChangeNotice(change.service(), change.from(), change.to(), change.at(), state);
  }
}
