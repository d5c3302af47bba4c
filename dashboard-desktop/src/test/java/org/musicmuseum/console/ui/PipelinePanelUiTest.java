package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.testkit.StubAnswer;
import org.testfx.api.FxRobot;

/** The pipeline panel shows the health service's figures; a figure read badly is marked stale. */
class PipelinePanelUiTest extends ConsoleUiTestBase {

  @Test
  void showsEveryFigureWithItsTime(FxRobot robot) {
    awaitText(robot, "pipeline-storage-lag", "0 events");
    String read = "read " + Formats.time(Bodies.NOW);
    assertThat(text(robot, "pipeline-ingest")).isEqualTo("12.5 /s");
    assertThat(text(robot, "pipeline-ingest-note")).isEqualTo("1,234 accepted over 10 s · " + read);
    assertThat(text(robot, "pipeline-freshness")).isEqualTo("1.8 s");
    assertThat(text(robot, "pipeline-quarantined")).isEqualTo("2");
    assertThat(text(robot, "pipeline-quarantined-note")).startsWith("changed ");
    assertThat(text(robot, "pipeline-skipped")).isEqualTo("0");
    assertThat(shown(robot, "pipeline-storage-lag-error")).isFalse();
    assertThat(health.paths()).contains("/pipeline");
  }

  @Test
  void aFigureWhoseReadFailedIsDimmedWithTheMessageAndRecovers(FxRobot robot) {
    awaitText(robot, "pipeline-storage-lag", "0 events");
    health.answer(
        "/pipeline", StubAnswer.json(PipelineBodies.pipeline(5, "Kafka: connection refused")));

    robot.clickOn("#refresh-now");

    awaitText(robot, "pipeline-storage-lag-error", "Stale: Kafka: connection refused");
    assertThat(text(robot, "pipeline-storage-lag")).isEqualTo("5 events");
    assertThat(figure(robot, "pipeline-storage-lag").getOpacity()).isLessThan(1.0);
    assertThat(figure(robot, "pipeline-ingest").getOpacity()).isEqualTo(1.0);

    health.answer("/pipeline", StubAnswer.json(PipelineBodies.pipeline(0, null)));
    robot.clickOn("#refresh-now");

    awaitText(robot, "pipeline-storage-lag", "0 events");
    eventually()
        .untilAsserted(() -> assertThat(shown(robot, "pipeline-storage-lag-error")).isFalse());
    assertThat(figure(robot, "pipeline-storage-lag").getOpacity()).isEqualTo(1.0);
  }

  /** The figure (caption, value, note) that shows {@code #id}. */
  private static Node figure(FxRobot robot, String id) {
    return robot.lookup("#" + id).query().getParent();
  }
}
