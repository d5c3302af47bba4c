package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.Stats;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;

/** Against a stub dashboard server whose stream sends a few events and ends. */
class UpdateStreamTest {

  private static final String STATS =
      "{\"num_album_events\":12,\"max_album_track_count\":3,\"num_single_events\":4,"
          + "\"max_single_song_duration\":200.5,\"events_per_minute\":[],\"top_artists\":[]}";

  private final StubServer dashboard = StubServer.start();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private UpdateStream stream;

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.close();
    }
    timer.shutdownNow();
    dashboard.close();
  }

  private void follow() {
    URI base = URI.create("http://127.0.0.1:" + dashboard.port() + "/");
    ConsoleSettings settings =
        new ConsoleSettings(base, base, base, base, Duration.ofMillis(300), Duration.ofSeconds(5));
    stream = new UpdateStream(() -> settings, new Recorder(), timer);
    stream.start();
  }

  @Test
  void theEventsReachTheListenerAndAnEndedStreamIsOpenedAgain() {
    dashboard.answer(
        "/api/updates",
        StubAnswer.of(
            200,
            "text/event-stream",
            "event: feed\ndata: {\"live\":true}\n\n"
                + "event: feed\ndata: {\"live\":true,\"heartbeat_ms\":2000,"
                + "\"kinds\":{\"stats\":false}}\n\n"
                + "event: stats\ndata: "
                + STATS
                + "\n\nevent: change\ndata: {}\n\nevent: stats\ndata: {\"broken\":1}\n\n"));

    follow();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(heard).startsWith("feed true/false/true", "stats 12/4", "down");
              assertThat(dashboard.paths()).hasSizeGreaterThanOrEqualTo(2);
            });
    assertThat(dashboard.requests().get(0).header("Accept")).contains("text/event-stream");
  }

  @Test
  void aDashboardThatRefusesTheStreamIsReportedWithItsAnswer() {
    dashboard.answer("/api/updates", StubAnswer.problem(404, "Not Found"));

    follow();

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(heard).contains("down: answered 404"));
  }

  private final class Recorder implements UpdateListener {
    @Override
    public void feed(Feed feed) {
      heard.add("feed " + feed.live() + "/" + feed.statsLive() + "/" + feed.statusLive());
    }

    @Override
    public void stats(Stats stats) {
      heard.add("stats " + stats.albums() + "/" + stats.singles());
    }

    @Override
    public void status(HealthReport report) {
      heard.add("status");
    }

    @Override
    public void down(String why) {
      heard.add(why.contains("answered 404") ? "down: answered 404" : "down");
    }
  }
}
