package org.musicmuseum.console.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;

/**
 * The audit viewer: the N-th album or single of the Kafka log. The type and index are the
 * operator's input; the first event shown is a random one, as in the original dashboard.
 */
public final class AuditPresenter {

  private final MuseumApi api;
  private final Fetcher counting;
  private final Fetcher lookup;
  private final Clock clock;
  private final Supplier<Duration> retry;
  private final RandomGenerator random;
  private final PanelState state = new PanelState();
  private final PanelState lookupState = new PanelState();
  private final ObjectProperty<AuditType> type = new SimpleObjectProperty<>(this, "type");
  private final StringProperty index = new SimpleStringProperty(this, "index", "");
  private final ReadOnlyStringWrapper range = out("range", "Reading the counts…");
  private final ReadOnlyStringWrapper json = out("json", "");
  private final ReadOnlyStringWrapper partition = out("partition", "–");
  private final ReadOnlyStringWrapper offset = out("offset", "–");
  private final ReadOnlyStringWrapper timestamp = out("timestamp", "–");
  private Optional<AuditCounts> counts = Optional.empty();
  private boolean shown;
  private boolean picking;
  private boolean operatorChose;

  public AuditPresenter(
      MuseumApi api,
      Fetcher counting,
      Fetcher lookup,
      Clock clock,
      Supplier<Duration> retry,
      RandomGenerator random) {
    this.api = api;
    this.counting = counting;
    this.lookup = lookup;
    this.clock = clock;
    this.retry = retry;
    this.random = random;
    type.set(AuditType.ALBUM);
    type.addListener((obs, was, now) -> showRandom());
    index.addListener((obs, was, now) -> operatorChose |= !picking);
  }

  /**
   * Reads the counts again; shows a random event once there is one, unless the operator has typed
   * an index meanwhile.
   */
  public void refresh() {
    counting.fetch(
        api::auditCounts, this::countsRead, e -> state.fail(e.getMessage(), retry.get()));
  }

  /** Shows the event at the index typed, or says why the index is not one. */
  public void showChosen() {
    long n;
    try {
      n = Long.parseLong(index.get().strip());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 0) {
      lookupState.reject("The index is a whole number, 0 or more.");
      return;
    }
    AuditType chosen = type.get();
    long at = n;
    lookup.fetch(() -> api.auditEntry(chosen, at), this::show, this::lookupFailed);
  }

  /** Picks a random index among the events of the chosen type and shows it. */
  public void showRandom() {
    long count = counts.map(c -> c.of(type.get())).orElse(0L);
    showRange();
    if (count <= 0) {
      clear(counts.isPresent() ? "Nothing to show yet: post an event, then press Show." : "");
      return;
    }
    picking = true;
    try {
      index.set(Long.toString(random.nextLong(count)));
    } finally {
      picking = false;
    }
    showChosen();
  }

  private void countsRead(AuditCounts read) {
    counts = Optional.of(read);
    state.ok(clock.instant());
    showRange();
    if (!shown && !operatorChose) {
      showRandom();
    }
  }

  private void showRange() {
    counts.ifPresent(
        c -> {
          long count = c.of(type.get());
          String plural = type.get() == AuditType.ALBUM ? "albums" : "single songs";
          String catching = c.caughtUp() ? "" : " (still reading the log)";
          range.set(
              count > 0
                  ? Formats.count(count) + " " + plural + ": index 0 to " + Formats.count(count - 1)
                  : "No " + plural + " in the log yet");
          range.set(range.get() + catching);
        });
  }

  private void show(AuditEntry entry) {
    shown = true;
    lookupState.ok(clock.instant());
    json.set(entry.eventJson());
    partition.set(Integer.toString(entry.partition()));
    offset.set(Formats.count(entry.offset()));
    timestamp.set(entry.timestamp());
  }

  /** A 4xx is about the index asked for; anything else is the service's trouble. */
  private void lookupFailed(ServiceException e) {
    if (e.kind() == ServiceException.Kind.ERROR_STATUS && e.status() < 500) {
      lookupState.reject(e.getMessage());
      clear("");
    } else {
      lookupState.fail(e.getMessage(), retry.get());
    }
  }

  private void clear(String note) {
    json.set(note);
    partition.set("–");
    offset.set("–");
    timestamp.set("–");
  }

  /** Whether the counts can be read: audit is reachable. */
  public PanelState state() {
    return state;
  }

  /** Whether the last lookup worked. */
  public PanelState lookupState() {
    return lookupState;
  }

  /** The kind of event to look up (the operator's choice). */
  public ObjectProperty<AuditType> typeProperty() {
    return type;
  }

  /** The index as typed (the operator's input). */
  public StringProperty indexProperty() {
    return index;
  }

  /** Which indices exist, in words. */
  public ReadOnlyStringProperty rangeProperty() {
    return range.getReadOnlyProperty();
  }

  /** The event shown, pretty-printed JSON, or a note when there is none. */
  public ReadOnlyStringProperty jsonProperty() {
    return json.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty partitionProperty() {
    return partition.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty offsetProperty() {
    return offset.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty timestampProperty() {
    return timestamp.getReadOnlyProperty();
  }

  private ReadOnlyStringWrapper out(String name, String initial) {
    return new ReadOnlyStringWrapper(this, name, initial);
  }
}
