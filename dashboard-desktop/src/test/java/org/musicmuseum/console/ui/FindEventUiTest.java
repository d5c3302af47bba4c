package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.testkit.StubAnswer;
import org.testfx.api.FxRobot;

/** Find an event: the trace id typed is looked up at audit and shown as a timeline. */
class FindEventUiTest extends ConsoleUiTestBase {

  @Test
  void aCountedEventShowsItsTimeline(FxRobot robot) {
    audit.answer("/trace/" + PipelineBodies.TRACE_ID, StubAnswer.json(PipelineBodies.counted()));

    find(robot, PipelineBodies.TRACE_ID);

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
    find(robot, PipelineBodies.TRACE_ID);

    awaitText(robot, "trace-error", "No event with trace id " + PipelineBodies.TRACE_ID + ".");
    assertThat(text(robot, "trace-counted-time")).isEqualTo("–");
  }

  /** Types the id and presses Find (below the window's fold, hence without the mouse). */
  private static void find(FxRobot robot, String traceId) {
    robot.interact(
        () -> {
          robot.lookup("#trace-id").queryAs(TextField.class).setText(traceId);
          robot.lookup("#trace-find").queryAs(Button.class).fire();
        });
  }
}
