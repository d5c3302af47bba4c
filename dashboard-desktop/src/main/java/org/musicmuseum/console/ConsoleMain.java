package org.musicmuseum.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.config.PreferencesStore;
import org.musicmuseum.console.config.SettingsResolver;

/**
 * Starts the console ({@code ./museum console}): checks the arguments and that there is a display
 * before JavaFX starts, so that both mistakes get a sentence rather than a stack trace.
 */
public final class ConsoleMain {

  private ConsoleMain() {}

  public static void main(String[] args) {
    List<String> arguments = Arrays.asList(args);
    if (arguments.contains("--help") || arguments.contains("-h")) {
      System.out.print(SettingsResolver.USAGE);
      return;
    }
    ConsoleSettings settings;
    try {
      settings =
          SettingsResolver.resolve(arguments, System.getenv(), PreferencesStore.forUser().load());
    } catch (IllegalArgumentException e) {
      System.err.println("museum console: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (!hasDisplay()) {
      System.err.println(
          "museum console: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are"
              + " unset). Run it in a desktop session, or under a virtual one: xvfb-run ./museum"
              + " console");
      System.exit(2);
      return;
    }
    System.out.printf(
        "Music Museum console: processing %s, health %s, audit %s, refresh every %d s%n",
        settings.processingUrl(),
        settings.healthUrl(),
        settings.auditUrl(),
        settings.refresh().toSeconds());
    Application.launch(ConsoleApp.class, args);
  }

  private static boolean hasDisplay() {
    if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
        || "Monocle".equals(System.getProperty("glass.platform"))) {
      return true;
    }
    return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
