package org.musicmuseum.loadtest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code ProducerPerformance} in a JVM of its own (as {@code
 * kafka-producer-perf-test.sh} runs it), on this benchmark's class path; its last line gives the
 * records per second.
 */
final class ProducerPerformanceRun {

  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec");

  /** The summary line's figures. */
  record Summary(long records, double perSecond) {}

  private ProducerPerformanceRun() {}

  static Summary run(
      String bootstrap, String topic, int records, int recordSize, List<String> props)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.apache.kafka.tools.ProducerPerformance");
    command.addAll(
        List.of(
            "--topic",
            topic,
            "--num-records",
            Integer.toString(records),
            "--record-size",
            Integer.toString(recordSize),
            "--throughput",
            "-1",
            "--producer-props",
            "bootstrap.servers=" + bootstrap));
    command.addAll(props);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } finally {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
    }
    return parse(lines)
        .orElseThrow(
            () ->
                new IOException(
                    "ProducerPerformance printed no summary (exit "
                        + process.exitValue()
                        + "):\n"
                        + String.join("\n", lines)));
  }

  /** The last summary line (the tool also prints one every few seconds while it runs). */
  static Optional<Summary> parse(List<String> lines) {
    Summary last = null;
    for (String line : lines) {
      Matcher m = SUMMARY.matcher(line);
      if (m.find()) {
        last = new Summary(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)));
      }
    }
    return Optional.ofNullable(last);
  }
}
