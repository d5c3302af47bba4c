package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.config.SettingsResolver;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;
import org.testfx.api.FxRobot;

/** "Settings…": URLs checked as they are saved, remembered, and used at once. */
class SettingsUiTest extends ConsoleUiTestBase {

  @Test
  void aBadUrlIsRefusedWithASentenceAndNothingIsSaved(FxRobot robot) {
    awaitText(robot, "stat-albums", "1,234");
    robot.clickOn("#settings");
    replace(robot, "settings-processing", "localhost:8100/processing");

    robot.clickOn("Save");

    eventually()
        .untilAsserted(
            () ->
                assertThat(text(robot, "settings-error"))
                    .startsWith("The processing URL 'localhost:8100/processing' must be an"));
    assertThat(store.load()).isEmpty();
    robot.clickOn("Cancel");
  }

  @Test
  void savedUrlsAreUsedAtOnceAndRemembered(FxRobot robot) throws IOException {
    awaitText(robot, "stat-albums", "1,234");
    try (StubServer other = StubServer.below("/stats-elsewhere")) {
      other.answer("/stats", StubAnswer.json(Bodies.stats(77, 3, 4, 5, 1)));
      robot.clickOn("#settings");
      replace(robot, "settings-processing", other.url().toString());
      replace(robot, "settings-refresh", "7");

      robot.clickOn("Save");

      awaitText(robot, "stat-albums", "77");
      assertThat(text(robot, "sources")).contains(other.url().toString());
      assertThat(store.load())
          .containsEntry(SettingsResolver.PROCESSING, other.url().toString())
          .containsEntry(SettingsResolver.REFRESH, "7");
    }
  }

  private static void replace(FxRobot robot, String id, String text) {
    TextField field = robot.lookup("#" + id).queryAs(TextField.class);
    robot.interact(field::clear);
    robot.clickOn(field).write(text);
  }
}
