package org.musicmuseum.system.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.musicmuseum.stack.Poll;
import org.musicmuseum.testkit.Http;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Debian's Prometheus run by a test: deploy/prometheus/alerts.yml with every {@code for:}
 * shortened, scraping the given targets every second, its data and log in one directory, on a free
 * loopback port. {@link #close()} stops it (SIGTERM, then SIGKILL).
 */
public final class Prometheus implements AutoCloseable {

  public static final Path BINARY =
      Path.of(System.getenv().getOrDefault("PROMETHEUS", "/usr/bin/prometheus"));
  public static final Path PROMTOOL =
      Path.of(System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool"));

  /** The deployed rules, from the project root. */
  public static final String RULES = "deploy/prometheus/alerts.yml";

  private static final Pattern FOR = Pattern.compile("(?m)^(\\s*for:\\s*)\\S+\\s*$");

  private final Process process;
  private final String url;

  private Prometheus(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /**
   * Starts it in {@code dir}, scraping {@code targets} (job name to {@code host:port}) and
   * evaluating the deployed rules with every {@code for:} set to {@code alertFor}; returns when it
   * answers ready.
   */
  public static Prometheus start(
      Path root, Path dir, Map<String, String> targets, String alertFor, Duration max)
      throws IOException {
    Files.createDirectories(dir);
    String rules = FOR.matcher(Files.readString(root.resolve(RULES))).replaceAll("$1" + alertFor);
    Files.writeString(dir.resolve("alerts.yml"), rules);
    Path config = dir.resolve("prometheus.yml");
    try (Writer out = Files.newBufferedWriter(config)) {
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      new Yaml(options).dump(config(targets), out);
    }
    int port = freePort();
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("prometheus.log").toFile())
            .start();
    Prometheus prometheus = new Prometheus(process, "http://127.0.0.1:" + port);
    Http http = new Http(Duration.ofSeconds(5));
    if (!Poll.waitFor(max, () -> prometheus.answers(http, "/-/ready"))) {
      prometheus.close();
      throw new IllegalStateException(
          "Prometheus was not ready within " + max + "; see " + dir.resolve("prometheus.log"));
    }
    return prometheus;
  }

  /** Its base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  private static Map<String, Object> config(Map<String, String> targets) {
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("scrape_interval", "1s");
    global.put("scrape_timeout", "1s");
    global.put("evaluation_interval", "1s");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("global", global);
    config.put("rule_files", List.of("alerts.yml"));
    config.put(
        "scrape_configs",
        targets.entrySet().stream()
            .map(
                t ->
                    Map.of(
                        "job_name",
                        t.getKey(),
                        "static_configs",
                        List.of(Map.of("targets", List.of(t.getValue())))))
            .toList());
    return config;
  }

  private boolean answers(Http http, String path) {
    try {
      HttpResponse<String> answer = http.get(url + path);
      return answer.statusCode() == 200;
    } catch (UncheckedIOException notYet) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
