package org.musicmuseum.console.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.HealthReport;

/**
 * The services' statuses from the health service's {@code /status}, and the log of the changes
 * seen. The health service itself is logged as {@code Reachable}/{@code Unreachable}.
 */
public final class StatusPresenter {

  /** The health service's own entry in the change log. */
  public static final String HEALTH = "health service";

  private static final List<String[]> SERVICES =
      List.of(
          new String[] {"receiver", "Receiver"},
          new String[] {"storage", "Storage"},
          new String[] {"processing", "Processing"},
          new String[] {"audit", "Audit"});

  private final MuseumApi api;
  private final Fetcher fetcher;
  private final Clock clock;
  private final Supplier<Duration> retry;
  private final PanelState state = new PanelState();
  private final ChangeLog log;
  private final List<ServiceRow> rows =
      SERVICES.stream().map(s -> new ServiceRow(s[0], s[1])).toList();
  private final ReadOnlyStringWrapper lastRound =
      new ReadOnlyStringWrapper(this, "lastRound", "Waiting for the first round of checks…");

  public StatusPresenter(
      MuseumApi api, Fetcher fetcher, Clock clock, Supplier<Duration> retry, ChangeLog log) {
    this.api = api;
    this.fetcher = fetcher;
    this.clock = clock;
    this.retry = retry;
    this.log = log;
  }

  /** Reads the statuses again (unless a read is in flight). */
  public void refresh() {
    fetcher.fetch(api::health, this::show, this::fail);
  }

  /** Shows {@code report}, read or pushed. */
  public void show(HealthReport report) {
    var now = clock.instant();
    log.observe(now, HEALTH, "Reachable", "");
    for (ServiceRow row : rows) {
      report
          .service(row.name())
          .ifPresent(
              s -> {
                row.show(s);
                log.observe(now, row.name(), s.status(), s.running() ? "" : s.detail());
              });
    }
    lastRound.set(
        report
            .lastUpdate()
            .map(t -> "Last round of checks " + Formats.time(t))
            .orElse("Waiting for the first round of checks…"));
    state.ok(now);
  }

  private void fail(ServiceException e) {
    log.observe(clock.instant(), HEALTH, "Unreachable", e.getMessage());
    state.fail(e.getMessage() + " The statuses below may be out of date.", retry.get());
  }

  public PanelState state() {
    return state;
  }

  /** One row per service, in a fixed order. */
  public List<ServiceRow> rows() {
    return rows;
  }

  public ChangeLog log() {
    return log;
  }

  public ReadOnlyStringProperty lastRoundProperty() {
    return lastRound.getReadOnlyProperty();
  }
}
