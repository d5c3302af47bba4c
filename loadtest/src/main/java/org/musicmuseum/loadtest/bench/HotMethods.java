package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of a running JVM (via {@code jcmd}), summarised as the methods most often on top
 * of the sampled stacks and as the share of samples by area (our code, Kafka client, Liberty, ...).
 */
final class HotMethods {

  private HotMethods() {}

  static void start(long pid, Path file) throws IOException, InterruptedException {
    jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + file);
  }

  static void stop(long pid) throws IOException, InterruptedException {
    jcmd(pid, "JFR.stop", "name=bench");
  }

  private static void jcmd(long pid, String... args) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    List<String> command = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("jcmd " + String.join(" ", args) + " failed: " + output);
    }
  }

  /** The summary as Markdown: top frames and areas, each with its share of all samples. */
  static String summarise(Path file, int top) throws IOException {
    Map<String, Integer> frames = new HashMap<>();
    Map<String, Map<String, Integer>> callers = new HashMap<>();
    Map<String, Integer> areas = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> stack = event.getStackTrace().getFrames();
      String innermost = name(stack.get(0));
      frames.merge(innermost, 1, Integer::sum);
      callers
          .computeIfAbsent(innermost, k -> new HashMap<>())
          .merge(firstOutsideJdk(stack), 1, Integer::sum);
      areas.merge(area(stack), 1, Integer::sum);
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format("%,d execution samples.%n%n", samples));
    md.append("| Area (first frame that names one) | Share |\n| --- | --- |\n");
    appendTop(md, areas, samples, areas.size());
    int total = samples;
    md.append("\n| Hottest methods (self) | Share | Mostly reached from |\n| --- | --- | --- |\n");
    frames.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                md.append(
                    String.format(
                        "| `%s` | %.1f %% | `%s` |%n",
                        e.getKey(),
                        100.0 * e.getValue() / Math.max(1, total),
                        callers.get(e.getKey()).entrySet().stream()
                            .max(Map.Entry.comparingByValue())
                            .map(Map.Entry::getKey)
                            .orElse("–"))));
    return md.toString();
  }

  /** The innermost frame outside the JDK: who asked for the work. */
  static String firstOutsideJdk(List<RecordedFrame> stack) {
    for (RecordedFrame frame : stack) {
      String type = frame.getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return name(frame);
      }
    }
    return "(JDK only)";
  }

  private static void appendTop(StringBuilder md, Map<String, Integer> counts, int total, int top) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    sorted.forEach(
        (name, n) ->
            md.append(String.format("| `%s` | %.1f %% |%n", name, 100.0 * n / Math.max(1, total))));
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /** The area of a sample: the innermost frame whose class belongs to a known area. */
  static String area(List<RecordedFrame> stack) {
    for (RecordedFrame frame : stack) {
      String type = frame.getMethod().getType().getName();
      String area = areaOf(type);
      if (area != null) {
        return area;
      }
    }
    return "other";
  }

  static String areaOf(String type) {
    if (type.startsWith("org.musicmuseum.")) {
      return "Music Museum code";
    }
    if (type.startsWith("org.apache.kafka.")) {
      return "Kafka client";
    }
    if (type.startsWith("org.eclipse.yasson.")
        || type.startsWith("org.eclipse.parsson.")
        || type.startsWith("org.glassfish.json.")) {
      return "JSON (Yasson, Parsson)";
    }
    if (type.startsWith("org.hibernate.validator.") || type.startsWith("org.apache.bval.")) {
      return "Bean Validation";
    }
    if (type.startsWith("org.jboss.resteasy.") || type.startsWith("io.openliberty.restfulWS")) {
      return "JAX-RS (RESTEasy)";
    }
    if (type.startsWith("com.ibm.") || type.startsWith("io.openliberty.")) {
      return "Liberty (HTTP channel, web container, CDI)";
    }
    if (type.startsWith("sun.nio.")
        || type.startsWith("java.nio.")
        || type.startsWith("sun.net.")) {
      return "JDK network I/O";
    }
    return null;
  }
}
