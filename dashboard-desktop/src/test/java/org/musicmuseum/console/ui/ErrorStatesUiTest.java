package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import javafx.scene.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;
import org.testfx.api.FxRobot;

/**
 * Each panel says clearly when its service is down, answers nonsense or answers too slowly; it
 * keeps its last figures dimmed, and recovers by itself once the service is back.
 */
class ErrorStatesUiTest extends ConsoleUiTestBase {

  /** A panel, the service it reads, the path it reads and the figure it shows. */
  record Panel(
      String service,
      String path,
      String errorId,
      String panelId,
      String figureId,
      String figure) {}

  private static final Panel STATS =
      new Panel("processing", "/stats", "stats-error", "panel-stats", "stat-albums", "1,234");
  private static final Panel STATUS =
      new Panel("health", "/status", "status-error", "panel-status", "status-storage", "Running");
  private static final Panel AUDIT =
      new Panel(
          "audit",
          "/counts",
          "audit-error",
          "panel-audit",
          "audit-range",
          "3 albums: index 0 to 2");

  private static final Panel PIPELINE =
      new Panel(
          "health",
          "/pipeline",
          "pipeline-error",
          "panel-pipeline",
          "pipeline-storage-lag",
          "0 events");

  static Stream<Panel> panels() {
    return Stream.of(STATS, STATUS, AUDIT, PIPELINE);
  }

  @ParameterizedTest
  @MethodSource("panels")
  void aServiceThatIsDownIsSaidAndTheLastFiguresStayDimmed(Panel panel, FxRobot robot)
      throws IOException {
    awaitText(robot, panel.figureId(), panel.figure());
    stub(panel).down();

    robot.clickOn("#refresh-now");

    awaitError(
        robot, panel, "The " + panel.service() + " service cannot be reached (no connection");
    assertThat(text(robot, panel.errorId())).contains("Retrying every 3600 s");
    assertThat(text(robot, panel.figureId())).isEqualTo(panel.figure());
    if (!panel.equals(AUDIT)) {
      assertThat(text(robot, panel.errorId())).contains("Showing the figures read at");
      assertThat(content(robot, panel).getOpacity()).isLessThan(1.0);
    }

    stub(panel).up();
    robot.clickOn("#refresh-now");

    eventually().untilAsserted(() -> assertThat(shown(robot, panel.errorId())).isFalse());
    assertThat(content(robot, panel).getOpacity()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @MethodSource("panels")
  void aMalformedAnswerIsSaid(Panel panel, FxRobot robot) {
    awaitText(robot, panel.figureId(), panel.figure());
    stub(panel).answer(panel.path(), StubAnswer.json("{\"num_album_events\": \"many\""));

    robot.clickOn("#refresh-now");

    awaitError(
        robot, panel, "The " + panel.service() + " service sent an answer that could not be read");
    assertThat(text(robot, panel.figureId())).isEqualTo(panel.figure());
  }

  @ParameterizedTest
  @MethodSource("panels")
  void aSlowAnswerIsCutOffAtTheTimeout(Panel panel, FxRobot robot) {
    awaitText(robot, panel.figureId(), panel.figure());
    stub(panel).answer(panel.path(), StubAnswer.json("{}").heldBack());

    robot.clickOn("#refresh-now");

    awaitError(
        robot,
        panel,
        "The " + panel.service() + " service cannot be reached (no answer within 0.5 s)");
  }

  @ParameterizedTest
  @MethodSource("panels")
  void anErrorAnswerShowsItsDetail(Panel panel, FxRobot robot) {
    awaitText(robot, panel.figureId(), panel.figure());
    stub(panel).answer(panel.path(), StubAnswer.problem(503, "Kafka is not reachable"));

    robot.clickOn("#refresh-now");

    awaitError(
        robot, panel, "The " + panel.service() + " service answered 503: Kafka is not reachable");
  }

  private StubServer stub(Panel panel) {
    return switch (panel.service()) {
      case "processing" -> processing;
      case "health" -> health;
      default -> audit;
    };
  }

  private static void awaitError(FxRobot robot, Panel panel, String start) {
    eventually()
        .untilAsserted(
            () -> {
              assertThat(shown(robot, panel.errorId())).isTrue();
              assertThat(text(robot, panel.errorId())).startsWith(start);
            });
  }

  /** The panel's content: the node below its title and error lines. */
  private static Node content(FxRobot robot, Panel panel) {
    javafx.scene.layout.VBox card =
        robot.lookup("#" + panel.panelId()).queryAs(javafx.scene.layout.VBox.class);
    return card.getChildren().get(card.getChildren().size() - 1);
  }
}
