package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.StubAnswer;
import org.testfx.api.FxRobot;

/** The statistics, chart and top artists show processing's figures, and follow them. */
class StatsPanelUiTest extends ConsoleUiTestBase {

  @Test
  void showsTheFiguresOfProcessing(FxRobot robot) {
    awaitText(robot, "stat-albums", "1,234");
    assertThat(text(robot, "stat-max-tracks")).isEqualTo("17");
    assertThat(text(robot, "stat-singles")).isEqualTo("56");
    assertThat(text(robot, "stat-max-duration")).isEqualTo("562.5 s");
    assertThat(text(robot, "stat-last-updated")).matches("\\d\\d:\\d\\d:\\d\\d");
    assertThat(text(robot, "title")).isEqualTo("Music Museum");
    assertThat(robot.lookup("#logo").tryQuery()).isPresent();
    assertThat(shown(robot, "stats-error")).isFalse();
  }

  @Test
  void chartsEveryMinuteAndListsTheTopArtists(FxRobot robot) {
    awaitText(robot, "stat-albums", "1,234");
    XYChart<?, ?> chart = robot.lookup("#events-chart").queryAs(XYChart.class);
    assertThat(chart.getData()).hasSize(2);
    assertThat(chart.getData().get(0).getName()).isEqualTo("Albums");
    eventually().untilAsserted(() -> assertThat(chart.getData().get(0).getData()).hasSize(30));
    assertThat(chart.getData().get(1).getData()).hasSize(30);
    assertThat(chart.getData().get(0).getData().get(8).getYValue()).isEqualTo(1L);
    GridPane artists = robot.lookup("#top-artists").queryAs(GridPane.class);
    assertThat(robot.from(artists).lookup("Miles Davis").tryQuery()).isPresent();
    assertThat(robot.from(artists).lookup("Nina Simone").tryQuery()).isPresent();
  }

  @Test
  void refreshNowReadsTheNewFigures(FxRobot robot) {
    awaitText(robot, "stat-albums", "1,234");
    processing.answer("/stats", StubAnswer.json(Bodies.stats(2000, 21, 60, 61.25, 5)));

    robot.clickOn("#refresh-now");

    awaitText(robot, "stat-albums", "2,000");
    assertThat(text(robot, "stat-max-tracks")).isEqualTo("21");
    assertThat(text(robot, "stat-singles")).isEqualTo("60");
    assertThat(text(robot, "stat-max-duration")).isEqualTo("61.25 s");
    assertThat(processing.paths()).containsOnly("/stats").hasSizeGreaterThanOrEqualTo(2);
  }
}
