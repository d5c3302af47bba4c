package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.Feed;
import org.musicmuseum.console.model.Stats;

/** Runs on the test thread: the FX executor and the fetcher's executors run tasks at once. */
class LiveUpdatesTest {

  private final FakeMuseumApi api = new FakeMuseumApi();
  private final StatsPresenter stats =
      new StatsPresenter(
          api,
          new Fetcher(Runnable::run, Runnable::run),
          Clock.systemUTC(),
          () -> Duration.ofSeconds(5));
  private final StatusPresenter status =
      new StatusPresenter(
          api,
          new Fetcher(Runnable::run, Runnable::run),
          Clock.systemUTC(),
          () -> Duration.ofSeconds(5),
          new ChangeLog(10));
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicInteger statusPolls = new AtomicInteger();
  private final LiveUpdates live =
      new LiveUpdates(
          stats, status, Runnable::run, polls::incrementAndGet, statusPolls::incrementAndGet);

  private static Stats albums(long albums) {
    return new Stats(albums, 0, 0, 0, Optional.empty(), List.of(), List.of());
  }

  @Test
  void whileLiveThePushedStatisticsAreShown() {
    assertThat(live.textProperty().get()).isEqualTo(LiveUpdates.CONNECTING);

    live.feed(Feed.all(true));
    live.stats(albums(42));

    assertThat(live.isLive()).isTrue();
    assertThat(live.liveProperty().get()).isTrue();
    assertThat(live.textProperty().get()).isEqualTo(LiveUpdates.LIVE);
    assertThat(stats.albumsProperty().get()).isEqualTo("42");
  }

  @Test
  void beforeTheFeedIsLiveNothingPushedIsShown() {
    live.stats(albums(42));

    assertThat(stats.albumsProperty().get()).isEqualTo("–");
    assertThat(live.isLive()).isFalse();
  }

  @Test
  void whenTheUpdatesStopThePanelsArePolledAtOnceAndTheIndicatorSaysWhy() {
    live.feed(Feed.all(true));

    live.down("The live updates went silent.");

    assertThat(polls).hasValue(1);
    assertThat(statusPolls).hasValue(1);
    assertThat(live.isLive()).isFalse();
    assertThat(live.statsPushed()).isFalse();
    assertThat(live.textProperty().get()).isEqualTo(LiveUpdates.NOT_LIVE);
    assertThat(live.detailProperty().get()).startsWith("The live updates went silent.");
  }

  @Test
  void aFeedWithoutUpdatesIsNotLiveAndOnlyAChangeTriggersAPoll() {
    live.feed(Feed.all(false));
    live.down("no connection");

    assertThat(polls).hasValue(0);
    assertThat(statusPolls).hasValue(0);
    assertThat(live.textProperty().get()).isEqualTo(LiveUpdates.NOT_LIVE);
    assertThat(live.detailProperty().get()).startsWith("no connection");
  }

  @Test
  void statisticsThatStopWhileTheStatusesArriveArePolledAloneAndTheIndicatorStaysLive() {
    live.feed(Feed.all(true));

    live.feed(new Feed(true, false, true));

    assertThat(polls).hasValue(1);
    assertThat(statusPolls).hasValue(0);
    assertThat(live.statsPushed()).isFalse();
    assertThat(live.statusPushed()).isTrue();
    assertThat(live.textProperty().get()).isEqualTo(LiveUpdates.LIVE);

    live.feed(Feed.all(true));

    assertThat(live.statsPushed()).isTrue();
    assertThat(polls).hasValue(1);
  }
}
