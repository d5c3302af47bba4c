package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.EventTrace.Counted;
import org.musicmuseum.console.model.EventTrace.Hops;
import org.musicmuseum.console.model.EventTrace.Kafka;
import org.musicmuseum.console.model.EventTrace.Stored;
import org.musicmuseum.testkit.MutableClock;

class TracePresenterTest {

  private static final String ID = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4";
  private static final Instant ACCEPTED = Instant.parse("2026-12-05T16:30:01.234Z");
  private static final Instant IN_LOG = Instant.parse("2026-12-05T16:30:01.250Z");
  private static final Instant STORED = Instant.parse("2026-12-05T16:30:01.400Z");
  private static final Instant COUNTED = Instant.parse("2026-12-05T16:30:05Z");
  private static final Kafka FOUND =
      new Kafka(
          true, true, Optional.of(2), Optional.of(1041L), Optional.of(IN_LOG), Optional.empty());

  private final FakeMuseumApi api = new FakeMuseumApi();
  private final TracePresenter presenter =
      new TracePresenter(
          api,
          new Fetcher(Runnable::run, Runnable::run),
          new MutableClock(COUNTED),
          () -> Duration.ofSeconds(5));

  private static EventTrace counted() {
    return new EventTrace(
        ID,
        "counted",
        Optional.of(ACCEPTED),
        FOUND,
        new Stored(
            "stored",
            Optional.of("albums"),
            Optional.of(17L),
            Optional.of(STORED),
            Optional.empty()),
        new Counted("counted", Optional.of(9L), Optional.of(COUNTED), Optional.empty()),
        new Hops(Optional.of(16L), Optional.of(150L), Optional.of(3600L)));
  }

  private static EventTrace inKafka() {
    return new EventTrace(
        ID,
        "in_kafka",
        Optional.of(ACCEPTED),
        FOUND,
        new Stored(
            "unknown",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("storage did not answer")),
        new Counted("not_counted", Optional.empty(), Optional.empty(), Optional.empty()),
        new Hops(Optional.of(16L), Optional.empty(), Optional.empty()));
  }

  private String time(int step) {
    return presenter.steps().get(step).timeProperty().get();
  }

  private String detail(int step) {
    return presenter.steps().get(step).detailProperty().get();
  }

  private void find(String typed) {
    presenter.traceIdProperty().set(typed);
    presenter.find();
  }

  @Test
  void aCountedEventShowsEveryStepWithItsTimeAndEachHop() {
    api.trace(counted());

    find("  " + ID + " ");

    assertThat(api.traceIds).containsExactly(ID);
    assertThat(presenter.summaryProperty().get()).isEqualTo("Counted in the statistics · " + ID);
    assertThat(presenter.steps()).allMatch(s -> s.reachedProperty().get());
    assertThat(time(0)).isEqualTo(Formats.time(ACCEPTED));
    assertThat(detail(1)).isEqualTo("partition 2 · offset 1,041");
    assertThat(time(2)).isEqualTo(Formats.time(STORED));
    assertThat(detail(2)).isEqualTo("albums · row 17");
    assertThat(detail(3)).isEqualTo("run 9");
    assertThat(presenter.hops().stream().map(h -> h.get()))
        .containsExactly("16 ms", "150 ms", "3.6 s");
    assertThat(presenter.state().errorProperty().get()).isEmpty();
  }

  @Test
  void pendingStepsSayWhyAndAreLookedUpAgainUntilCounted() {
    api.trace(inKafka()).trace(counted());
    find(ID);

    assertThat(presenter.summaryProperty().get()).startsWith("In Kafka, not stored yet");
    assertThat(presenter.steps().get(1).reachedProperty().get()).isTrue();
    assertThat(presenter.steps().get(2).reachedProperty().get()).isFalse();
    assertThat(time(2)).isEqualTo("pending");
    assertThat(detail(2)).isEqualTo("storage did not answer");
    assertThat(detail(3)).isEqualTo("not counted yet");
    assertThat(presenter.hops().get(1).get()).isEqualTo("–");

    presenter.refresh();
    assertThat(detail(3)).isEqualTo("run 9");

    presenter.refresh();
    assertThat(api.traceIds).hasSize(2);
  }

  @Test
  void anUnknownIdIsNotFoundAndNotAskedAgain() {
    api.trace(
        new ServiceException(Kind.ERROR_STATUS, 404, "The audit service answered 404: x", "x"));

    find(ID);
    presenter.refresh();

    assertThat(presenter.state().errorProperty().get())
        .isEqualTo("No event with trace id " + ID + ".");
    assertThat(presenter.steps()).noneMatch(s -> s.reachedProperty().get());
    assertThat(api.traceIds).hasSize(1);
  }

  @Test
  void aMalformedIdShowsTheProblemsDetail() {
    api.trace(
        new ServiceException(
            Kind.ERROR_STATUS,
            400,
            "The audit service answered 400: trace_id must be a UUID.",
            "trace_id must be a UUID."));

    find("nope");

    assertThat(presenter.state().errorProperty().get()).isEqualTo("trace_id must be a UUID.");
  }

  @Test
  void nothingTypedIsNotLookedUp() {
    find("   ");

    assertThat(api.traceIds).isEmpty();
    assertThat(presenter.state().errorProperty().get()).startsWith("Type the trace_id");
  }

  @Test
  void anUnreachableAuditIsRetriedAtTheNextRefresh() {
    api.trace(new ServiceException(Kind.UNREACHABLE, 0, "The audit service cannot be reached."))
        .trace(counted());
    find(ID);

    assertThat(presenter.state().errorProperty().get())
        .startsWith("The audit service cannot be reached.")
        .endsWith("Retrying every 5 s.");

    presenter.refresh();

    assertThat(presenter.state().errorProperty().get()).isEmpty();
    assertThat(detail(3)).isEqualTo("run 9");
  }
}
