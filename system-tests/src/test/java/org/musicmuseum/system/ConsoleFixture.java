package org.musicmuseum.system;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.musicmuseum.console.Console;
import org.musicmuseum.console.ConsoleApp;
import org.musicmuseum.console.config.BaseUrls;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.config.SettingsStore;
import org.musicmuseum.stack.LocalStack;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real JavaFX console window on Monocle's headless screen, reading the stack's services and
 * following its dashboard server's live updates. Close it when done.
 */
final class ConsoleFixture implements AutoCloseable {

  private static final FxRobot ROBOT = new FxRobot();

  final Console console;
  private Scene scene;

  private ConsoleFixture(Console console) {
    this.console = console;
  }

  /** Shows a console that refreshes every {@code refresh}, and starts it. */
  static ConsoleFixture show(LocalStack stack, Duration refresh) throws Exception {
    ConsoleSettings settings =
        new ConsoleSettings(
            url("processing", stack),
            url("health", stack),
            url("audit", stack),
            url("dashboard", stack),
            refresh,
            Duration.ofSeconds(4));
    ConsoleFixture fixture =
        new ConsoleFixture(
            new Console(settings, new MemoryStore(), Platform::runLater, Clock.systemUTC()));
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(() -> fixture.scene = ConsoleApp.show(stage, fixture.console));
    fixture.console.start();
    return fixture;
  }

  private static URI url(String service, LocalStack stack) {
    return BaseUrls.parse(service + " URL", stack.serviceUrl(service));
  }

  Scene scene() {
    return scene;
  }

  /** The text of the labelled node {@code #id}. */
  static String text(String id) {
    return ROBOT.lookup("#" + id).queryAs(Labeled.class).getText();
  }

  @Override
  public void close() throws Exception {
    console.close();
    FxToolkit.cleanupStages();
  }

  /** The console's remembered settings, kept in memory: the test never touches the user's. */
  private static final class MemoryStore implements SettingsStore {
    private final Map<String, String> saved = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> load() {
      return Map.copyOf(saved);
    }

    @Override
    public void save(Map<String, String> values) {
      saved.clear();
      saved.putAll(values);
    }
  }
}
