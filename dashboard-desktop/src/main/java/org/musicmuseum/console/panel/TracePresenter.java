package org.musicmuseum.console.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.EventTrace;

/**
 * Find an event: the timeline of the trace id typed, from audit's {@code /trace/{trace_id}}. An
 * event not yet counted is looked up again at each refresh, so its timeline fills in.
 */
public final class TracePresenter {

  private static final String ASK = "Type the trace_id the receiver answered with, then Find.";
  private static final Map<String, String> STATES =
      Map.of(
          "in_kafka", "In Kafka, not stored yet",
          "stored", "Stored, not counted yet",
          "counted", "Counted in the statistics");

  private final MuseumApi api;
  private final Fetcher fetcher;
  private final Clock clock;
  private final Supplier<Duration> retry;
  private final PanelState state = new PanelState();
  private final StringProperty traceId = new SimpleStringProperty(this, "traceId", "");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", ASK);
  private final List<TraceStep> steps =
      List.of(
          new TraceStep("accepted", "Accepted"),
          new TraceStep("kafka", "In Kafka"),
          new TraceStep("stored", "Stored"),
          new TraceStep("counted", "Counted"));
  private final List<ReadOnlyStringWrapper> hops =
      List.of(hop("toKafka"), hop("toStored"), hop("toCounted"));
  private final Timeline timeline = new Timeline(steps, hops);
  private Optional<String> following = Optional.empty();

  public TracePresenter(MuseumApi api, Fetcher fetcher, Clock clock, Supplier<Duration> retry) {
    this.api = api;
    this.fetcher = fetcher;
    this.clock = clock;
    this.retry = retry;
  }

  /** Looks up the trace id typed, or says that one is needed. */
  public void find() {
    String id = traceId.get().strip();
    if (id.isEmpty()) {
      state.reject(ASK);
      return;
    }
    following = Optional.of(id);
    timeline.clear();
    summary.set("Looking up " + id + "…");
    lookUp(id);
  }

  /** Looks up the event shown again while it is not counted yet. */
  public void refresh() {
    following.ifPresent(this::lookUp);
  }

  private void lookUp(String id) {
    fetcher.fetch(() -> api.trace(id), t -> show(id, t), e -> failed(id, e));
  }

  private void show(String id, EventTrace trace) {
    if (!following.equals(Optional.of(id))) {
      return;
    }
    state.ok(clock.instant());
    summary.set(STATES.getOrDefault(trace.state(), trace.state()) + " · " + trace.traceId());
    timeline.show(trace);
    if (trace.counted().done()) {
      following = Optional.empty();
    }
  }

  /** A 4xx is about the id asked for: said once, not retried; anything else is retried. */
  private void failed(String id, ServiceException e) {
    if (!following.equals(Optional.of(id))) {
      return;
    }
    if (e.kind() != ServiceException.Kind.ERROR_STATUS || e.status() >= 500) {
      state.fail(e.getMessage(), retry.get());
      return;
    }
    following = Optional.empty();
    timeline.clear();
    summary.set("");
    if (e.status() == 404) {
      state.reject("No event with trace id " + id + ".");
    } else {
      state.reject(e.detail().isEmpty() ? e.getMessage() : e.detail());
    }
  }

  /** Whether the last lookup worked, and why not. */
  public PanelState state() {
    return state;
  }

  /** The trace id as typed (the operator's input). */
  public StringProperty traceIdProperty() {
    return traceId;
  }

  /** Where the event is, in words, with its trace id. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Accepted, in Kafka, stored, counted: in that order. */
  public List<TraceStep> steps() {
    return steps;
  }

  /** How long each hop took: to Kafka, to stored, to counted ({@code –} when unknown). */
  public List<ReadOnlyStringProperty> hops() {
    return hops.stream().map(ReadOnlyStringWrapper::getReadOnlyProperty).toList();
  }

  private ReadOnlyStringWrapper hop(String name) {
    return new ReadOnlyStringWrapper(this, name, "–");
  }
}
