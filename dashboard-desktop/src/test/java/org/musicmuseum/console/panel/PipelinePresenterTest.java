package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.PipelineReport.Count;
import org.musicmuseum.console.model.PipelineReport.Freshness;
import org.musicmuseum.console.model.PipelineReport.Ingest;
import org.musicmuseum.console.model.PipelineReport.Reading;
import org.musicmuseum.console.model.PipelineReport.StorageLag;
import org.musicmuseum.testkit.MutableClock;

class PipelinePresenterTest {

  private static final Instant NOW = Instant.parse("2026-12-05T22:01:05Z");
  private static final Instant READ = Instant.parse("2026-12-05T22:01:02Z");
  private static final Instant CHANGED = Instant.parse("2026-12-05T21:59:00Z");
  private static final Reading GOOD = new Reading(Optional.of(READ), Optional.empty());
  private static final Reading NEVER = new Reading(Optional.empty(), Optional.empty());

  private final FakeMuseumApi api = new FakeMuseumApi();
  private final PipelinePresenter presenter =
      new PipelinePresenter(
          api,
          new Fetcher(Runnable::run, Runnable::run),
          new MutableClock(NOW),
          () -> Duration.ofSeconds(5));

  private static PipelineReport report(long lag, Reading lagReading) {
    return new PipelineReport(
        new Ingest(Optional.of(12345L), Optional.of(12.54), Optional.of(10L), GOOD),
        new StorageLag(Optional.of(lag), Optional.of("storage"), Optional.of(3), lagReading),
        new Freshness(Optional.of(1.84), GOOD),
        new Count(Optional.of(2L), Optional.of(CHANGED), GOOD),
        new Count(Optional.of(0L), Optional.empty(), GOOD));
  }

  private PipelineItem item(String name) {
    return presenter.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void everyFigureIsShownWithItsTime() {
    api.pipeline(report(7, GOOD));

    presenter.refresh();

    String read = "read " + Formats.time(READ);
    assertThat(item("ingest").valueProperty().get()).isEqualTo("12.5 /s");
    assertThat(item("ingest").noteProperty().get())
        .isEqualTo("12,345 accepted over 10 s · " + read);
    assertThat(item("storage-lag").valueProperty().get()).isEqualTo("7 events");
    assertThat(item("storage-lag").noteProperty().get())
        .isEqualTo("group storage, 3 partitions · " + read);
    assertThat(item("freshness").valueProperty().get()).isEqualTo("1.8 s");
    assertThat(item("quarantined").valueProperty().get()).isEqualTo("2");
    assertThat(item("quarantined").noteProperty().get())
        .isEqualTo("changed " + Formats.time(CHANGED) + " · " + read);
    assertThat(item("skipped").noteProperty().get()).isEqualTo("unchanged since start · " + read);
    assertThat(presenter.items()).noneMatch(i -> i.staleProperty().get());
    assertThat(presenter.state().lastGood()).contains(NOW);
  }

  @Test
  void anItemWhoseReadFailedKeepsItsValueMarkedStaleWithTheMessage() {
    api.pipeline(
        report(4, new Reading(Optional.of(READ), Optional.of("health: Kafka is not reachable"))));

    presenter.refresh();

    PipelineItem lag = item("storage-lag");
    assertThat(lag.valueProperty().get()).isEqualTo("4 events");
    assertThat(lag.staleProperty().get()).isTrue();
    assertThat(lag.errorProperty().get()).isEqualTo("Stale: health: Kafka is not reachable");
    assertThat(item("ingest").errorProperty().get()).isEmpty();
  }

  @Test
  void beforeTheFirstGoodReadTheFiguresAreDashesAndSaySo() {
    api.pipeline(
        new PipelineReport(
            new Ingest(
                Optional.empty(),
                Optional.empty(),
                Optional.of(10L),
                new Reading(Optional.empty(), Optional.of("receiver /metrics: refused"))),
            new StorageLag(Optional.empty(), Optional.of("storage"), Optional.empty(), NEVER),
            new Freshness(Optional.empty(), NEVER),
            new Count(Optional.empty(), Optional.empty(), NEVER),
            new Count(Optional.empty(), Optional.empty(), NEVER)));

    presenter.refresh();

    assertThat(item("ingest").valueProperty().get()).isEqualTo("–");
    assertThat(item("ingest").errorProperty().get())
        .isEqualTo("Not read yet: receiver /metrics: refused");
    assertThat(item("ingest").staleProperty().get()).isFalse();
    assertThat(item("freshness").noteProperty().get()).isEqualTo("not read yet");
  }

  @Test
  void nothingCountedYetIsSaidAndTheRateWaitsForTwoReads() {
    api.pipeline(
        new PipelineReport(
            new Ingest(Optional.of(3L), Optional.empty(), Optional.of(10L), GOOD),
            new StorageLag(Optional.of(1L), Optional.empty(), Optional.empty(), GOOD),
            new Freshness(Optional.empty(), GOOD),
            new Count(Optional.of(0L), Optional.empty(), GOOD),
            new Count(Optional.of(0L), Optional.empty(), GOOD)));

    presenter.refresh();

    assertThat(item("freshness").valueProperty().get()).isEqualTo("nothing counted");
    assertThat(item("ingest").valueProperty().get()).isEqualTo("measuring…");
    assertThat(item("storage-lag").valueProperty().get()).isEqualTo("1 event");
  }

  @Test
  void anUnreachableHealthServiceKeepsTheFiguresAndMarksThePanelStale() {
    api.pipeline(report(7, GOOD))
        .pipeline(
            new ServiceException(Kind.UNREACHABLE, 0, "The health service cannot be reached."));
    presenter.refresh();

    presenter.refresh();

    assertThat(presenter.state().errorProperty().get())
        .startsWith(
            "The health service cannot be reached. The pipeline figures may be out of date.")
        .endsWith("Retrying every 5 s.");
    assertThat(presenter.state().staleProperty().get()).isTrue();
    assertThat(item("storage-lag").valueProperty().get()).isEqualTo("7 events");
  }
}
