package org.musicmuseum.testkit.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver, headless, with no network but this machine.
 * Both paths are given explicitly, so Selenium Manager never runs (it would go to the network);
 * {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} move them.
 */
public final class HeadlessChrome {

  static final String DEFAULT_BINARY = "/usr/bin/chromium";
  static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

  private HeadlessChrome() {}

  /** A new browser with a fresh profile under {@code workDir}; chromedriver logs there too. */
  public static ChromeDriver start(Path workDir) {
    String binary = setting("CHROMIUM_BINARY", DEFAULT_BINARY);
    String driver = setting("CHROMEDRIVER", DEFAULT_DRIVER);
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver);
    try {
      Path profile = Files.createDirectories(workDir).resolve("chromium-profile");
      Files.createDirectories(profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(driver))
              .usingAnyFreePort()
              .withLogFile(workDir.resolve("chromedriver.log").toFile())
              .withTimeout(Duration.ofSeconds(60))
              .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(binary);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
          "--user-data-dir=" + profile,
          "--window-size=1280,900");
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + workDir, e);
    }
  }

  /** True when both the browser and its driver are installed. */
  public static boolean installed() {
    return new File(setting("CHROMIUM_BINARY", DEFAULT_BINARY)).canExecute()
        && new File(setting("CHROMEDRIVER", DEFAULT_DRIVER)).canExecute();
  }

  private static String setting(String variable, String defaultValue) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? defaultValue : value;
  }
}
