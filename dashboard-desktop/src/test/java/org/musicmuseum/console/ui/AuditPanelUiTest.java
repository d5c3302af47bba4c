package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.StubAnswer;
import org.testfx.api.FxRobot;

/** The audit viewer: a random event first, then the one asked for, and why an index is wrong. */
class AuditPanelUiTest extends ConsoleUiTestBase {

  @Test
  void showsARandomAlbumFirstWithItsPlaceInTheLog(FxRobot robot) {
    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"album_name\""));
    String index = robot.lookup("#audit-index").queryAs(TextField.class).getText();
    assertThat(json(robot)).contains("\"album_name\": \"Album " + index + "\"");
    assertThat(text(robot, "audit-offset")).isEqualTo(Long.toString(100 + Long.parseLong(index)));
    assertThat(text(robot, "audit-partition")).isEqualTo("1");
    assertThat(text(robot, "audit-range")).isEqualTo("3 albums: index 0 to 2");
  }

  @Test
  void showsTheEventAtTheIndexTyped(FxRobot robot) {
    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"album_name\""));

    typeIndex(robot, "2");
    robot.clickOn("#audit-show");

    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"Album 2\""));
    assertThat(text(robot, "audit-offset")).isEqualTo("102");
    assertThat(audit.paths()).contains("/album?index=2");
  }

  @Test
  void switchingToSinglesShowsASingle(FxRobot robot) {
    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"album_name\""));

    robot.clickOn("#audit-type").clickOn("Single song");

    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"song_name\": \"Single"));
    assertThat(text(robot, "audit-range")).isEqualTo("2 single songs: index 0 to 1");
  }

  @Test
  void anIndexThatIsNotANumberIsRefusedWithoutAsking(FxRobot robot) {
    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"album_name\""));
    int asked = audit.paths().size();

    typeIndex(robot, "x1");
    robot.clickOn("#audit-show");

    eventually()
        .untilAsserted(
            () ->
                assertThat(text(robot, "audit-lookup-error"))
                    .isEqualTo("The index is a whole number, 0 or more."));
    assertThat(audit.paths()).hasSize(asked);
  }

  @Test
  void anIndexPastTheEndShowsAuditsAnswer(FxRobot robot) {
    eventually().untilAsserted(() -> assertThat(json(robot)).contains("\"album_name\""));
    audit.answer(
        "/album?index=9", StubAnswer.problem(404, "There are 3 albums; index 9 is past the end."));

    typeIndex(robot, "9");
    robot.clickOn("#audit-show");

    eventually()
        .untilAsserted(
            () ->
                assertThat(text(robot, "audit-lookup-error"))
                    .isEqualTo(
                        "The audit service answered 404: There are 3 albums; index 9 is past the"
                            + " end."));
    assertThat(json(robot)).isEmpty();
    assertThat(text(robot, "audit-offset")).isEqualTo("–");
  }

  private static void typeIndex(FxRobot robot, String index) {
    robot.doubleClickOn("#audit-index");
    robot.interact(() -> robot.lookup("#audit-index").queryAs(TextField.class).clear());
    robot.write(index);
    robot.type(KeyCode.TAB);
  }

  private static String json(FxRobot robot) {
    return robot.lookup("#audit-json").queryAs(TextArea.class).getText();
  }
}
