package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.musicmuseum.loadtest.http.ClosedLoopLoad;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;
import org.musicmuseum.loadtest.report.Results;
import org.musicmuseum.loadtest.report.chart.Point;
import org.musicmuseum.loadtest.report.chart.Timeline;
import org.musicmuseum.stack.StackLayout;

/**
 * The phases of one benchmark run, in the order that keeps them from disturbing each other, with
 * the RSS of every service sampled throughout (from the first start command on).
 */
record BenchRun(BenchOptions options, Progress progress) {

  /** The phases {@link Progress} counts. */
  static final int PHASES = 8;

  /** Issue 20: the whole stack ready within 60 s. */
  static final Target READY_TARGET = Target.atMost(60);

  /** Issue 20: at most 256 MB for every service (the figure is the largest service's peak). */
  static final Target RSS_TARGET = Target.atMost(256);

  /** One run's results and the timeline its RSS chart draws. */
  record Run(Results results, Timeline timeline) {}

  Run run() throws Exception {
    Instant started = Instant.now();
    Path work = options.out().resolve("stack");
    deleteTree(work);
    List<Figure> figures = new ArrayList<>();
    ServicePids pids = new ServicePids(StackLayout.of(options.root(), work));
    Map<String, List<Point>> rssSeries;
    boolean failed = true;
    try (RssSampler rss =
        new RssSampler(BenchStack.SERVICES, pids::pid, progress::elapsedSeconds)) {
      progress.phase(
          1, "stack start", "starting Kafka, the DB and six services (files under " + work + ")");
      rss.start();
      try (BenchStack stack = BenchStack.start(options.root(), work)) {
        pids.follow(stack);
        try {
          measure(stack, rss, work, figures);
        } finally {
          rss.close();
          pids.release();
        }
        failed = false;
      }
      rssSeries = rss.series();
    } finally {
      if (!options.keep() && !failed) {
        deleteTree(work);
      } else {
        progress.step("the stack's files (logs, data) stay in %s", work);
      }
    }
    Results results =
        new Results(
            started,
            progress.elapsedSeconds(),
            Map.of(
                "cores", Integer.toString(Runtime.getRuntime().availableProcessors()),
                "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version")),
            figures);
    return new Run(results, new Timeline(rssSeries, progress.phases(), RSS_TARGET.limit()));
  }

  private void measure(BenchStack stack, RssSampler rss, Path work, List<Figure> figures)
      throws Exception {
    progress.step("stack ready in %.1f s", stack.readyIn().toMillis() / 1000.0);
    // now, before the phases restart storage and processing and the stack records those starts
    Map<String, Object> readyAtStart = readyTimes(stack);
    boolean processingStopped = false;
    if (options.measures(1) || options.measures(2) || options.measures(5)) {
      stack.stack().stopService("processing");
      stack.stack().stopService("storage");
      processingStopped = true;
    }
    StringBuilder profile = new StringBuilder();
    if (options.measures(1)) {
      progress.phase(
          2,
          "receiver",
          "receiver: single-event POSTs vs no-op POSTs (storage, processing stopped)");
      ReceiverBench receiver = new ReceiverBench(stack, options, progress);
      figures.add(receiver.run());
      if (options.profile()) {
        profile.append("## Receiver, single-event POSTs\n\n");
        profile.append(profile(stack, "receiver-single", receiver.eventsLoad()));
      }
    }
    if (options.measures(2)) {
      progress.phase(3, "batch", "batch ingest vs Kafka ProducerPerformance");
      BatchBench batch = new BatchBench(stack, options, progress);
      figures.add(batch.run());
      if (options.profile()) {
        profile.append("\n## Receiver, batch POSTs of ").append(options.batchRecords());
        profile.append(" events\n\n");
        profile.append(profile(stack, "receiver-batch", batch.load()));
      }
    }
    if (options.measures(3)) {
      progress.phase(4, "drain", "storage drains the backlog vs raw INSERT IGNORE");
      figures.add(new DrainBench(stack, progress).run());
    }
    if (options.measures(4)) {
      progress.phase(5, "freshness", "freshness at a fixed rate");
      if (processingStopped) {
        stack.stack().startService("processing");
      }
      figures.add(new FreshnessBench(stack, options, progress).run());
    }
    if (options.measures(7)) {
      progress.phase(
          6, "page", "the page's freshness in headless Chromium: live updates, then polling");
      stack.stack().startStopped();
      figures.addAll(new PageFreshnessBench(stack, options, progress).run(work));
    }
    if (options.measures(5)) {
      progress.phase(
          7, "audit", "audit lookups, far index vs index 0 (storage, processing stopped)");
      stack.stack().stopService("processing");
      stack.stack().stopService("storage");
      figures.add(new AuditBench(stack, options, progress).run());
    }

    progress.phase(8, "memory", "readiness and memory");
    rss.sample();
    if (options.measures(6)) {
      figures.addAll(footprint(stack, rss, readyAtStart));
    }
    if (profile.length() > 0) {
      Files.writeString(options.out().resolve("profile.md"), profile);
      progress.step("receiver profile written to %s", options.out().resolve("profile.md"));
    }
  }

  /** A JFR recording of the receiver while {@code load} runs, summarised as Markdown. */
  private String profile(BenchStack stack, String name, ClosedLoopLoad load) throws Exception {
    long pid = stack.stack().pid("receiver").orElseThrow();
    Path file = options.out().resolve(name + ".jfr");
    Files.createDirectories(options.out());
    progress.step(
        "profiling the receiver (%s) with JFR for %d s", name, options.measured().toSeconds());
    HotMethods.start(pid, file);
    try {
      int connections = name.endsWith("batch") ? options.batchConnections() : options.connections();
      load.run(connections, options.warmup(), options.measured());
    } finally {
      HotMethods.stop(pid);
    }
    return HotMethods.summarise(file, 20);
  }

  /** Seconds from each component's start command to its readiness, as the stack recorded them. */
  private static Map<String, Object> readyTimes(BenchStack stack) {
    Map<String, Object> ready = new LinkedHashMap<>();
    for (String name : List.of("kafka", "db")) {
      stack
          .stack()
          .readyAfterStart(name)
          .ifPresent(d -> ready.put(name + "_s", d.toMillis() / 1000.0));
    }
    for (String name : BenchStack.SERVICES) {
      stack
          .stack()
          .readyAfterStart(name)
          .ifPresent(d -> ready.put(name + "_s", d.toMillis() / 1000.0));
    }
    return ready;
  }

  private List<Figure> footprint(BenchStack stack, RssSampler rss, Map<String, Object> ready) {
    Map<String, Double> peaks = rss.peakMb();
    Map<String, Object> memory = new LinkedHashMap<>();
    peaks.forEach((name, mb) -> memory.put(name + "_mb", mb));
    String largest =
        peaks.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse("–");
    double maxMb =
        peaks.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    List<String> over =
        peaks.entrySet().stream()
            .filter(e -> !RSS_TARGET.holds(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    memory.put("over_target", over.isEmpty() ? "none" : String.join(",", over));
    progress.step(
        "ready in %.1f s; peak RSS per service (MB): %s",
        stack.readyIn().toMillis() / 1000.0, peaks);
    return List.of(
        Figure.value(
            6,
            "stack_ready",
            "Whole stack ready (Kafka, DB, 6 services)",
            stack.readyIn().toMillis() / 1000.0,
            "s",
            READY_TARGET,
            ready),
        Figure.value(
            6,
            "service_rss",
            "Peak RSS of the largest service (" + largest + ")",
            maxMb,
            "MB",
            RSS_TARGET,
            memory));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
