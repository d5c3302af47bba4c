package org.musicmuseum.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.musicmuseum.console.Console;
import org.musicmuseum.console.ConsoleApp;
import org.musicmuseum.console.config.BaseUrls;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console window on Monocle's headless screen, reading from three stub services. It
 * refreshes once at start and then only when a test presses "Refresh now".
 */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleUiTestBase {

  /** The request timeout the console is given; slow stubs answer after it. */
  static final Duration TIMEOUT = Duration.ofMillis(500);

  StubServer processing;
  StubServer health;
  StubServer audit;

  /** The dashboard server, which has no live updates (404): the console polls. */
  StubServer dashboard;

  MemoryStore store;
  Console console;
  Scene scene;

  @BeforeEach
  void startConsole() throws IOException, TimeoutException {
    processing =
        StubServer.below("/processing")
            .answer("/stats", StubAnswer.json(Bodies.stats(1234, 17, 56, 562.5, 30)));
    health =
        StubServer.below("/healthcheck")
            .answer("/status", StubAnswer.json(Bodies.allRunning()))
            .answer("/pipeline", StubAnswer.json(PipelineBodies.pipeline(0, null)));
    dashboard = StubServer.start();
    audit = StubServer.below("/audit_log").answer("/counts", StubAnswer.json(Bodies.counts(3, 2)));
    for (int i = 0; i < 3; i++) {
      audit.answer("/album?index=" + i, StubAnswer.json(Bodies.albumRecord("Album " + i, 100 + i)));
    }
    for (int i = 0; i < 2; i++) {
      audit.answer(
          "/single_song?index=" + i, StubAnswer.json(Bodies.singleRecord("Single " + i, 200 + i)));
    }
    configure();
    ConsoleSettings settings =
        new ConsoleSettings(
            base(processing),
            base(health),
            base(audit),
            base(dashboard),
            Duration.ofHours(1),
            TIMEOUT);
    store = new MemoryStore();
    console = new Console(settings, store, Platform::runLater, Clock.systemUTC());
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(() -> scene = ConsoleApp.show(stage, console));
    console.start();
  }

  /** Changes the stubs' answers before the console's first read. */
  void configure() {}

  @AfterEach
  void stopConsole() throws TimeoutException {
    Optional.ofNullable(console).ifPresent(Console::close);
    FxToolkit.cleanupStages();
    for (StubServer stub : new StubServer[] {processing, health, audit, dashboard}) {
      if (stub != null) {
        stub.close();
      }
    }
  }

  static ConditionFactory eventually() {
    return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50));
  }

  /** The text of the labelled node {@code #id}. */
  static String text(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Labeled.class).getText();
  }

  /** Whether the node {@code #id} is shown. */
  static boolean shown(FxRobot robot, String id) {
    Node node = robot.lookup("#" + id).query();
    return node.isVisible() && node.getScene() != null;
  }

  /** Waits until {@code #id} shows exactly {@code expected} and the FX thread has done the rest. */
  static void awaitText(FxRobot robot, String id, String expected) {
    eventually().untilAsserted(() -> assertThat(text(robot, id)).isEqualTo(expected));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static URI base(StubServer stub) {
    return BaseUrls.parse("stub URL", stub.url().toString());
  }
}
