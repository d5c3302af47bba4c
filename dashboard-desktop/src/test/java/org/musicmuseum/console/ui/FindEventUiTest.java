package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.testkit.StubAnswer;
import org.testfx.api.FxRobot;

/** Find an event: the trace id typed is looked up at audit and shown as a timeline. */
class FindEventUiTest extends ConsoleUiTestBase {

  @Test
  void aCountedEventShowsItsTimeline(FxRobot robot) {
    audit.answer("/trace/" + PipelineBodies.TRACE_ID, StubAnswer.json(PipelineBodies.counted()));

    robot.clickOn("#trace-id").write(PipelineBodies.TRACE_ID);
    robot.clickOn("#trace-find");

    awaitText(robot, "trace-counted-detail", "run 9");
    assertThat(text(robot, "trace-summary"))
        .isEqualTo("Counted in the statistics · " + PipelineBodies.TRACE_ID);
    assertThat(text(robot, "trace-kafka-detail")).isEqualTo("partition 2 · offset 41");
    assertThat(text(robot, "trace-stored-detail")).isEqualTo("albums · row 17");
    assertThat(text(robot, "trace-counted-time")).isEqualTo(Formats.time(Bodies.NOW));
    assertThat(text(robot, "trace-hop-kafka")).isEqualTo("16 ms");
    assertThat(text(robot, "trace-hop-counted")).isEqualTo("4.834 s");
    assertThat(robot.lookup("#trace-stored").query().getPseudoClassStates())
        .anyMatch(p -> p.getPseudoClassName().equals("reached"));
    assertThat(shown(robot, "trace-error")).isFalse();
  }

  @Test
  void anUnknownIdIsNotFound(FxRobot robot) {
    robot.clickOn("#trace-id").write(PipelineBodies.TRACE_ID);
    robot.clickOn("#trace-find");

    awaitText(robot, "trace-error", "No event with trace id " + PipelineBodies.TRACE_ID + ".");
    assertThat(text(robot, "trace-counted-time")).isEqualTo("–");
  }
}
