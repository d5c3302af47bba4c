package org.musicmuseum.console;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.config.PreferencesStore;
import org.musicmuseum.console.config.SettingsResolver;
import org.musicmuseum.console.config.SettingsStore;
import org.musicmuseum.console.view.ConsoleView;

/** The JavaFX application: one window showing every panel, refreshed by itself. */
public final class ConsoleApp extends Application {

  private Console console;

  @Override
  public void start(Stage stage) {
    SettingsStore store = PreferencesStore.forUser();
    ConsoleSettings settings =
        SettingsResolver.resolve(getParameters().getRaw(), System.getenv(), store.load());
    console = new Console(settings, store, Platform::runLater, Clock.systemUTC());
    show(stage, console);
    console.start();
  }

  /** Shows {@code console} in {@code stage}; also used by the tests. */
  public static Scene show(Stage stage, Console console) {
    Scene scene = new Scene(ConsoleView.create(console), 1180, 860);
    scene.getStylesheets().add(ConsoleView.STYLESHEET);
    stage.setTitle("Music Museum — operator console");
    stage.setMinWidth(720);
    stage.setMinHeight(520);
    stage.setScene(scene);
    stage.show();
    return scene;
  }

  @Override
  public void stop() {
    if (console != null) {
      console.close();
    }
  }
}
