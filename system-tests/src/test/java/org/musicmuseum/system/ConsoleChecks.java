package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.musicmuseum.console.model.StatusChange;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.console.view.Snapshot;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The JavaFX console against the whole running stack, on Monocle's headless screen. Run by {@code
 * ViewsSystemIT} on its stack; the console starts before this group's tests and closes after them.
 * A check that pauses storage resumes it, and waits until it is ready, whatever happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleChecks {

  private static final FxRobot robot = new FxRobot();
  private final LocalStack stack;
  private final TestStack museum;
  private final EventPoster poster;
  private final Path screenshots;
  private ConsoleFixture fixture;

  protected ConsoleChecks(TestStack museum, EventPoster poster, Path screenshots) {
    this.stack = museum.stack();
    this.museum = museum;
    this.poster = poster;
    this.screenshots = screenshots;
  }

  @BeforeAll
  void startConsole() throws Exception {
    fixture = ConsoleFixture.show(stack, Duration.ofMillis(1000));
  }

  @AfterAll
  void stopConsole() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void showsTheSameNumbersAsProcessingStats() {
    poster.post(150, 90);

    patiently()
        .untilAsserted(
            () -> {
              JsonObject stats = Http.json(museum.get("processing", "/stats"));
              assertThat(stats.getJsonNumber("num_album_events").longValue())
                  .isGreaterThanOrEqualTo(poster.albums());
              assertThat(stats.getJsonNumber("num_single_events").longValue())
                  .isGreaterThanOrEqualTo(poster.singles());
              assertThat(text("stat-albums"))
                  .isEqualTo(Formats.count(stats.getJsonNumber("num_album_events").longValue()));
              assertThat(text("stat-max-tracks"))
                  .isEqualTo(Formats.count(stats.getInt("max_album_track_count")));
              assertThat(text("stat-singles"))
                  .isEqualTo(Formats.count(stats.getJsonNumber("num_single_events").longValue()));
              assertThat(text("stat-max-duration"))
                  .isEqualTo(
                      Formats.seconds(
                          stats.getJsonNumber("max_single_song_duration").doubleValue()));
            });
    patiently()
        .untilAsserted(
            () -> {
              for (String service : new String[] {"receiver", "storage", "processing", "audit"}) {
                assertThat(text("status-" + service)).as(service).isEqualTo("Running");
              }
            });
    robot.clickOn("#audit-random");
    patiently()
        .untilAsserted(() -> assertThat(auditJson()).as(auditErrors()).contains("\"payload\""));
    WaitForAsyncUtils.waitForFxEvents();
    Snapshot.save(fixture.scene(), screenshots.resolve("console.png"));
  }

  @Test
  void theAuditViewShowsTheEventAtTheIndexTyped() {
    poster.post(12, 0);
    patiently()
        .until(
            () ->
                Http.json(museum.get("audit", "/counts")).getJsonNumber("album").longValue() > 10);
    JsonObject expected = Http.json(museum.get("audit", "/album?index=10")).getJsonObject("event");
    // The console's first counts with albums in them show a random one; type after that.
    patiently()
        .untilAsserted(
            () ->
                assertThat(text("audit-range")).matches("(1[1-9]|[2-9]\\d|[\\d,]{3,}) albums: .*"));
    WaitForAsyncUtils.waitForFxEvents();

    robot.interact(() -> robot.lookup("#audit-index").queryAs(TextField.class).setText(""));
    robot.clickOn("#audit-index").write("10").type(KeyCode.ENTER);

    patiently()
        .untilAsserted(
            () ->
                assertThat(auditJson())
                    .as(auditErrors())
                    .contains(expected.getJsonObject("payload").getString("trace_id"))
                    .contains(expected.getJsonObject("payload").getString("album_name")));
  }

  @Test
  void aStoppedServiceIsSaidLoggedAndRecovered() {
    // Health may see processing Degraded on its way back up; the log shows every step.
    patiently().untilAsserted(() -> assertThat(text("status-processing")).isEqualTo("Running"));

    stack.stopService("processing");
    try {
      // The statistics stop arriving while the statuses still do: the panel polls and says so.
      patiently()
          .untilAsserted(
              () -> {
                assertThat(text("stats-error"))
                    .startsWith("The processing service cannot be reached");
                assertThat(text("status-processing")).isEqualTo("Down");
                assertThat(log()).contains("processing: Running → Down");
              });
      WaitForAsyncUtils.waitForFxEvents();
      Snapshot.save(fixture.scene(), screenshots.resolve("console-processing-down.png"));
    } finally {
      stack.startService("processing");
    }

    patiently()
        .untilAsserted(
            () -> {
              assertThat(robot.lookup("#stats-error").query().isVisible()).isFalse();
              assertThat(text("status-processing")).isEqualTo("Running");
              assertThat(log()).anyMatch(entry -> entry.startsWith("processing: Down → "));
            });
  }

  @Test
  void thePipelinePanelShowsTheLagWhileStorageIsPaused() {
    try (PausedStorage paused = PausedStorage.whenCaughtUp(museum, poster)) {
      paused.post(7, 5);

      patiently()
          .untilAsserted(
              () ->
                  assertThat(text("pipeline-storage-lag"))
                      .as(pipelineErrors())
                      .isEqualTo(Formats.count(paused.posted()) + " events"));
      saveBottom("console-pipeline.png");
    }
    patiently()
        .untilAsserted(
            () ->
                assertThat(text("pipeline-storage-lag"))
                    .as(pipelineErrors())
                    .isEqualTo("0 events"));
    assertThat(text("pipeline-ingest-note")).contains(" accepted");
  }

  @Test
  void findAnEventFollowsAPostedEventToCountedAndSaysWhenAnIdIsUnknown() {
    String traceId =
        Http.jsonOf(museum.post("receiver", "/events/new_album", Http.JSON, Samples.ALBUM), 201)
            .getString("trace_id");

    findEvent(traceId);

    patiently()
        .untilAsserted(
            () ->
                assertThat(text("trace-summary"))
                    .as(text("trace-error"))
                    .isEqualTo("Counted in the statistics · " + traceId));
    JsonObject answer = Http.jsonOf(museum.get("audit", "/trace/" + traceId), 200);
    JsonObject stored = answer.getJsonObject("stored");
    assertThat(text("trace-stored-detail"))
        .isEqualTo(
            stored.getString("table")
                + " · row "
                + Formats.count(stored.getJsonNumber("row_id").longValue()));
    assertThat(text("trace-counted-detail"))
        .isEqualTo(
            "run "
                + Formats.count(answer.getJsonObject("counted").getJsonNumber("run").longValue()));
    assertThat(text("trace-kafka-detail")).startsWith("partition ");
    saveBottom("console-find-event.png");

    String unknown = TraceIds.random();
    findEvent(unknown);

    patiently()
        .untilAsserted(
            () ->
                assertThat(text("trace-error"))
                    .isEqualTo("No event with trace id " + unknown + "."));
  }

  /** Types the id and presses Find (below the window's fold, hence without the mouse). */
  private static void findEvent(String traceId) {
    robot.interact(
        () -> {
          robot.lookup("#trace-id").queryAs(TextField.class).setText(traceId);
          robot.lookup("#trace-find").queryAs(Button.class).fire();
        });
  }

  /** Saves a picture of the window scrolled to its last panels (Pipeline, Find an event). */
  private void saveBottom(String png) {
    ScrollPane scroll = robot.lookup("#panels-scroll").queryAs(ScrollPane.class);
    robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
    try {
      WaitForAsyncUtils.waitForFxEvents();
      Snapshot.save(fixture.scene(), screenshots.resolve(png));
    } finally {
      robot.interact(() -> scroll.setVvalue(scroll.getVmin()));
    }
  }

  /** What the pipeline panel says is wrong, for the assertion's message. */
  private static String pipelineErrors() {
    return "pipeline errors: '"
        + text("pipeline-error")
        + "' '"
        + text("pipeline-storage-lag-error")
        + "'";
  }

  private static String auditJson() {
    return robot.lookup("#audit-json").queryAs(TextArea.class).getText();
  }

  /** What the audit panel says is wrong, for the assertion's message. */
  private static String auditErrors() {
    return "audit panel errors: '" + text("audit-error") + "' '" + text("audit-lookup-error") + "'";
  }

  private static String text(String id) {
    return ConsoleFixture.text(id);
  }

  private static java.util.List<String> log() {
    @SuppressWarnings("unchecked")
    ListView<StatusChange> log = robot.lookup("#change-log").queryAs(ListView.class);
    return log.getItems().stream()
        .map(c -> c.service() + ": " + c.from() + " → " + c.to())
        .toList();
  }

  private static ConditionFactory patiently() {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions();
  }
}
