package org.musicmuseum.loadtest.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;

/**
 * Figure 3: storage, started on a backlog (everything posted while it was stopped), stores events
 * at this rate: from the last sample before its first commit to the sample where its committed
 * offsets reach the end of the topic (it commits only after the DB did). Against {@link
 * RawInsertBaseline} with as many rows in storage's batch size.
 */
record DrainBench(BenchStack stack, Progress progress) {

  /** Issue 20: storage drains at least 80 % as fast as the raw INSERT IGNORE (in every run). */
  static final Target TARGET = Target.atLeast(0.80);

  private static final Duration DEADLINE = Duration.ofMinutes(15);

  /** storage's kafka.consumer.max.poll.records: one poll is one transaction. */
  private static final int STORAGE_BATCH = 1000;

  Figure run() throws Exception {
    long end = stack.topicEnd();
    long committed = stack.storageCommitted();
    long rowsBefore = stack.storedEvents();
    long backlog = end - committed;
    progress.step("backlog of %,d events on the topic; starting storage", backlog);
    Thread starter = new Thread(() -> stack.stack().startService("storage"), "start-storage");
    starter.start();
    long lastIdle = System.nanoTime();
    long lastReport = lastIdle;
    long deadline = lastIdle + DEADLINE.toNanos();
    long now = lastIdle;
    long done = 0;
    while (done < backlog) {
      if (now > deadline) {
        throw new IllegalStateException("storage stored " + done + " of " + backlog + " in time");
      }
      Thread.sleep(50); // a sampling period of the committed offsets
      done = stack.storageCommitted() - committed;
      now = System.nanoTime();
      if (done == 0) {
        lastIdle = now;
      } else if (now - lastReport > 5_000_000_000L) {
        progress.step("stored %,d of %,d", done, backlog);
        lastReport = now;
      }
    }
    starter.join();
    double seconds = (now - lastIdle) / 1e9;
    double rate = backlog / seconds;
    long stored = stack.storedEvents() - rowsBefore;
    progress.step(
        "storage drained %,d events in %.1f s: %,.0f events/s (rows added: %,d)",
        backlog, seconds, rate, stored);
    int rawRows = (int) Math.min(backlog, 300_000);
    double raw = RawInsertBaseline.run(stack, rawRows, STORAGE_BATCH);
    progress.step("raw INSERT IGNORE of %,d rows: %,.0f rows/s", rawRows, raw);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("backlog", backlog);
    details.put("rows_added", stored);
    details.put("stored_once", stored == backlog);
    details.put("raw_rows", rawRows);
    details.put("batch", STORAGE_BATCH);
    return new Figure(
        3,
        "storage_drain",
        "Storage drain (topic → DB) vs raw batched INSERT IGNORE",
        rate,
        raw,
        "events/s",
        TARGET,
        details);
  }
}
