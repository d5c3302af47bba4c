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

/** The phases of one benchmark run, in the order that keeps them from disturbing each other. */
record BenchRun(BenchOptions options, Progress progress) {

  Results run() throws Exception {
    Instant started = Instant.now();
    Path work = options.out().resolve("stack");
    deleteTree(work);
    List<Figure> figures = new ArrayList<>();
    progress.phase(1, "starting Kafka, the DB and six services (files under " + work + ")");
    boolean failed = true;
    try (BenchStack stack = BenchStack.start(options.root(), work);
        RssSampler rss = new RssSampler(BenchStack.SERVICES, stack.stack()::pid)) {
      rss.start();
      progress.step("stack ready in %.1f s", stack.readyIn().toMillis() / 1000.0);

      boolean processingStopped = false;
      if (options.measures(1) || options.measures(2) || options.measures(5)) {
        stack.stack().stopService("processing");
        stack.stack().stopService("storage");
        processingStopped = true;
      }
      StringBuilder profile = new StringBuilder();
      if (options.measures(1)) {
        progress.phase(
            2, "receiver: single-event POSTs vs no-op POSTs (storage, processing stopped)");
        ReceiverBench receiver = new ReceiverBench(stack, options, progress);
        figures.add(receiver.run());
        if (options.profile()) {
          profile.append("## Receiver, single-event POSTs\n\n");
          profile.append(profile(stack, "receiver-single", receiver.eventsLoad()));
        }
      }
      if (options.measures(2)) {
        progress.phase(3, "batch ingest vs Kafka ProducerPerformance");
        BatchBench batch = new BatchBench(stack, options, progress);
        figures.add(batch.run());
        if (options.profile()) {
          profile.append("\n## Receiver, batch POSTs of ").append(options.batchRecords());
          profile.append(" events\n\n");
          profile.append(profile(stack, "receiver-batch", batch.load()));
        }
      }
      if (options.measures(3)) {
        progress.phase(4, "storage drains the backlog vs raw INSERT IGNORE");
        figures.add(new DrainBench(stack, progress).run());
      }
      if (options.measures(4)) {
        progress.phase(5, "freshness at a fixed rate");
        if (processingStopped) {
          stack.stack().startService("processing");
        }
        figures.add(new FreshnessBench(stack, options, progress).run());
      }
      if (options.measures(7)) {
        progress.phase(6, "the page's freshness in headless Chromium: live updates, then polling");
        stack.stack().startStopped();
        figures.addAll(new PageFreshnessBench(stack, options, progress).run(work));
      }
      if (options.measures(5)) {
        progress.phase(7, "audit lookups, far index vs index 0 (storage, processing stopped)");
        stack.stack().stopService("processing");
        stack.stack().stopService("storage");
        figures.add(new AuditBench(stack, options, progress).run());
      }

      progress.phase(8, "readiness and memory");
      rss.sample();
      if (options.measures(6)) {
        figures.addAll(footprint(stack, rss));
      }
      if (profile.length() > 0) {
        Files.writeString(options.out().resolve("profile.md"), profile);
        progress.step("receiver profile written to %s", options.out().resolve("profile.md"));
      }
      failed = false;
    } finally {
      if (!options.keep() && !failed) {
        deleteTree(work);
      } else {
        progress.step("the stack's files (logs, data) stay in %s", work);
      }
    }
    return new Results(
        started,
        progress.elapsedSeconds(),
        Map.of(
            "cores", Integer.toString(Runtime.getRuntime().availableProcessors()),
            "java", System.getProperty("java.version"),
            "os", System.getProperty("os.name") + " " + System.getProperty("os.version")),
        figures);
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

  private List<Figure> footprint(BenchStack stack, RssSampler rss) {
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
            Target.atMost(90),
            ready),
        Figure.value(
            6,
            "service_rss",
            "Peak RSS of the largest service (" + largest + ")",
            maxMb,
            "MB",
            Target.atMost(300),
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
