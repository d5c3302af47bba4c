package org.musicmuseum.loadtest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./museum bench scale}: storage's drain rate with 1, 2 and 3 replicas, in one sitting. For
 * each count, a fresh stack (Kafka with a topic of six partitions, the DB, the storage replicas), a
 * backlog put on the topic while the replicas are stopped, then the replicas started together. The
 * rate is measured from the moment every replica owns partitions to the moment the committed
 * offsets reach the end of the topic (storage commits only after the DB did), and the DB must then
 * hold exactly the backlog.
 */
final class ScaleBench {

  /** One measurement. */
  record Drain(int replicas, long backlog, long measured, double seconds, long rows) {
    double rate() {
      return measured / seconds;
    }
  }

  private final ScaleOptions options;
  private final Progress progress;

  ScaleBench(ScaleOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  List<Drain> run() throws Exception {
    List<Drain> drains = new ArrayList<>();
    int phase = 0;
    for (int replicas : options.replicas()) {
      progress.phase(
          ++phase, replicas + " storage replica(s), " + options.partitions() + " partitions");
      Path work = Files.createDirectories(options.out().resolve("stack-" + replicas));
      try (BenchStack stack =
          BenchStack.startStorageOnly(options.root(), work, replicas, options.partitions())) {
        progress.step(
            "stack up in %.0f s; putting %,d events on the topic",
            stack.readyIn().toSeconds() * 1.0, options.events());
        double sent = AlbumPreload.send(stack.stack().kafkaBootstrap(), options.events());
        progress.step("backlog on the topic (%,.0f records/s); starting the replicas", sent);
        drains.add(new ScaleDrain(stack, progress, replicas).measure(options.events()));
      }
    }
    return drains;
  }

  /** The table docs/scaling.md shows. */
  static String table(List<Drain> drains) {
    StringBuilder md = new StringBuilder();
    md.append(
        "| storage replicas | backlog | measured (all replicas in) | seconds | events/s | rows stored |\n");
    md.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Drain d : drains) {
      md.append(
          String.format(
              "| %d | %,d | %,d | %.1f | %,.0f | %,d |%n",
              d.replicas(), d.backlog(), d.measured(), d.seconds(), d.rate(), d.rows()));
    }
    return md.toString();
  }
}
