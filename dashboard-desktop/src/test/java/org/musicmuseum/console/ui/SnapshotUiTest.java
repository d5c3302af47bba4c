package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.view.Snapshot;
import org.testfx.api.FxRobot;

/** A picture of the whole window with every panel filled, saved under target/snapshots. */
class SnapshotUiTest extends ConsoleUiTestBase {

  @Test
  void savesAPictureOfTheFilledWindow(FxRobot robot) {
    awaitText(robot, "stat-albums", "1,234");
    awaitText(robot, "status-storage", "Running");
    eventually()
        .untilAsserted(
            () ->
                assertThat(robot.lookup("#audit-json").queryAs(TextArea.class).getText())
                    .contains("album_name"));

    Path png =
        Path.of(System.getProperty("museum.snapshot.dir", "target/snapshots"), "console-stub.png");
    BufferedImage image = Snapshot.save(scene, png);

    assertThat(png).exists();
    assertThat(image.getWidth()).isEqualTo((int) scene.getWidth());
    assertThat(image.getHeight()).isEqualTo((int) scene.getHeight());
    assertThat(colours(image)).as("distinct colours: text, chart and panels").isGreaterThan(200);
    assertThat(Files.isRegularFile(png)).isTrue();
  }

  @Test
  void onANarrowWindowTheSourcesAreCutShortNotTheIndicatorOrTheButtons(FxRobot robot) {
    awaitText(robot, "stat-albums", "1,234");

    double width = scene.getWindow().getWidth();
    robot.interact(() -> scene.getWindow().setWidth(760));
    try {
      eventually()
          .untilAsserted(
              () -> {
                for (String id : List.of("#live-indicator", "#refresh-now", "#settings")) {
                  Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
                  assertThat(labeled.getWidth())
                      .as("width of %s", id)
                      .isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
                }
                Labeled sources = robot.lookup("#sources").queryAs(Labeled.class);
                assertThat(sources.getWidth()).isLessThan(sources.prefWidth(-1));
              });
    } finally {
      robot.interact(() -> scene.getWindow().setWidth(width)); // the window is shared
    }
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
