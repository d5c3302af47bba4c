package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.model.StatusChange;
import org.musicmuseum.testkit.StubAnswer;
import org.testfx.api.FxRobot;

/** Each service's status with its last check, and the log of the changes seen. */
class StatusPanelUiTest extends ConsoleUiTestBase {

  @Test
  void showsEachServiceWithTheTimeOfItsLastCheck(FxRobot robot) {
    for (String service : new String[] {"receiver", "storage", "processing", "audit"}) {
      awaitText(robot, "status-" + service, "Running");
      assertThat(text(robot, "checked-" + service))
          .matches("Checked \\d\\d:\\d\\d:\\d\\d · since \\d\\d:\\d\\d:\\d\\d");
    }
  }

  @Test
  void aServiceGoingDownIsShownAndLogged(FxRobot robot) {
    awaitText(robot, "status-storage", "Running");
    health.answer(
        "/status",
        StubAnswer.json(
            Bodies.health(
                Map.of(
                    "receiver", "Running",
                    "storage", "Down",
                    "processing", "Degraded",
                    "audit", "Running"))));

    robot.clickOn("#refresh-now");

    awaitText(robot, "status-storage", "Down");
    assertThat(text(robot, "status-processing")).isEqualTo("Degraded");
    assertThat(robot.lookup("connection refused").tryQuery()).isPresent();
    @SuppressWarnings("unchecked")
    ListView<StatusChange> log = robot.lookup("#change-log").queryAs(ListView.class);
    eventually()
        .untilAsserted(
            () ->
                assertThat(log.getItems().get(0))
                    .extracting(StatusChange::service, StatusChange::from, StatusChange::to)
                    .isIn(
                        java.util.List.of("storage", "Running", "Down"),
                        java.util.List.of("processing", "Running", "Degraded")));
    assertThat(log.getItems())
        .extracting(c -> c.service() + ": " + c.from() + " → " + c.to())
        .contains(
            "storage: — → Running",
            "storage: Running → Down",
            "processing: Running → Degraded",
            "health service: — → Reachable");
  }

  @Test
  void theHealthServiceGoneIsSaidAndLogged(FxRobot robot) {
    awaitText(robot, "status-audit", "Running");
    health.down();

    robot.clickOn("#refresh-now");

    eventually()
        .untilAsserted(
            () ->
                assertThat(text(robot, "status-error"))
                    .startsWith("The health service cannot be reached (no connection")
                    .contains("The statuses below may be out of date"));
    assertThat(text(robot, "status-audit")).isEqualTo("Running");
    @SuppressWarnings("unchecked")
    ListView<StatusChange> log = robot.lookup("#change-log").queryAs(ListView.class);
    assertThat(log.getItems().get(0).to()).isEqualTo("Unreachable");
  }
}
