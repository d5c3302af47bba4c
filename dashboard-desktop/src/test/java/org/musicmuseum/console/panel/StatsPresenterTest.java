package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.model.ArtistCount;
import org.musicmuseum.console.model.MinuteCount;
import org.musicmuseum.console.model.Stats;
import org.musicmuseum.testkit.MutableClock;

class StatsPresenterTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:20:00Z");
  private static final Instant RUN = Instant.parse("2024-05-01T10:15:30Z");
  private static final ServiceException DOWN =
      new ServiceException(
          Kind.UNREACHABLE, 0, "The processing service cannot be reached (no connection).");

  private final FakeMuseumApi api = new FakeMuseumApi();
  private final MutableClock clock = new MutableClock(NOW);
  private Duration retry = Duration.ofSeconds(5);
  private final StatsPresenter presenter =
      new StatsPresenter(api, new Fetcher(Runnable::run, Runnable::run), clock, () -> retry);

  private static Stats stats(long albums) {
    return new Stats(
        albums,
        17,
        678,
        562.5,
        Optional.of(RUN),
        List.of(
            new MinuteCount(Instant.parse("2024-05-01T10:14:00Z"), 3, 1),
            new MinuteCount(Instant.parse("2024-05-01T10:15:00Z"), 1200, 2)),
        List.of(new ArtistCount("Nina Simone", 9)));
  }

  @Test
  void beforeTheFirstReadEveryFigureIsADash() {
    assertThat(presenter.albumsProperty().get()).isEqualTo("–");
    assertThat(presenter.maxDurationProperty().get()).isEqualTo("–");
    assertThat(presenter.state().errorProperty().get()).isEmpty();
  }

  @Test
  void theFiguresAreFormatted() {
    api.stats(stats(12345));

    presenter.refresh();

    assertThat(presenter.albumsProperty().get()).isEqualTo("12,345");
    assertThat(presenter.maxTracksProperty().get()).isEqualTo("17");
    assertThat(presenter.singlesProperty().get()).isEqualTo("678");
    assertThat(presenter.maxDurationProperty().get()).isEqualTo("562.5 s");
    assertThat(presenter.maxDurationLongProperty().get()).isEqualTo("9 min 22.5 s");
    assertThat(presenter.lastUpdatedProperty().get()).isEqualTo(Formats.time(RUN));
    assertThat(presenter.albumsLastHourProperty().get()).isEqualTo("+1,203 in the last hour");
    assertThat(presenter.singlesLastHourProperty().get()).isEqualTo("+3 in the last hour");
    assertThat(presenter.perMinute()).hasSize(2);
    assertThat(presenter.topArtists()).containsExactly(new ArtistCount("Nina Simone", 9));
    assertThat(presenter.state().lastGood()).contains(NOW);
  }

  @Test
  void beforeProcessingsFirstRunTheTimeSaysSo() {
    api.stats(new Stats(0, 0, 0, 12, Optional.empty(), List.of(), List.of()));

    presenter.refresh();

    assertThat(presenter.lastUpdatedProperty().get()).isEqualTo("no run yet");
    assertThat(presenter.maxDurationLongProperty().get()).isEmpty();
    assertThat(presenter.albumsLastHourProperty().get()).isEqualTo("+0 in the last hour");
    assertThat(presenter.singlesLastHourProperty().get()).isEqualTo("+0 in the last hour");
  }

  @Test
  void aFailureBeforeAnySuccessSaysTheFiguresWillComeAndRetries() {
    api.stats(DOWN);

    presenter.refresh();

    assertThat(presenter.state().errorProperty().get())
        .isEqualTo(
            "The processing service cannot be reached (no connection)."
                + " The figures appear as soon as it answers. Retrying every 5 s.");
    assertThat(presenter.state().staleProperty().get()).isFalse();
    assertThat(presenter.albumsProperty().get()).isEqualTo("–");
  }

  @Test
  void aFailureAfterASuccessKeepsTheFiguresAndMarksThemStale() {
    api.stats(stats(12345)).stats(DOWN);
    presenter.refresh();
    clock.advance(Duration.ofSeconds(5));
    retry = Duration.ofSeconds(10);

    presenter.refresh();

    assertThat(presenter.state().errorProperty().get())
        .startsWith("The processing service cannot be reached (no connection).")
        .contains("Showing the figures read at " + Formats.time(NOW) + ".")
        .endsWith("Retrying every 10 s.");
    assertThat(presenter.state().staleProperty().get()).isTrue();
    assertThat(presenter.albumsProperty().get()).isEqualTo("12,345");
  }

  @Test
  void aSuccessAfterAFailureClearsTheErrorAndStaleness() {
    api.stats(stats(1)).stats(DOWN).stats(stats(2));
    presenter.refresh();
    presenter.refresh();

    clock.advance(Duration.ofSeconds(10));
    presenter.refresh();

    assertThat(presenter.state().errorProperty().get()).isEmpty();
    assertThat(presenter.state().staleProperty().get()).isFalse();
    assertThat(presenter.albumsProperty().get()).isEqualTo("2");
    assertThat(presenter.state().lastGood()).contains(NOW.plusSeconds(10));
  }
}
