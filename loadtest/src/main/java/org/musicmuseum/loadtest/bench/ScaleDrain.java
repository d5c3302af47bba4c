package org.musicmuseum.loadtest.bench;

import java.time.Duration;

/**
 * One drain of {@link ScaleBench}: starts the stopped storage replicas together, waits until every
 * one of them owns partitions, then times the rest of the backlog until the committed offsets reach
 * the end of the topic.
 */
record ScaleDrain(BenchStack stack, Progress progress, int replicas) {

  private static final Duration DEADLINE = Duration.ofMinutes(20);
  private static final long SAMPLE_MILLIS = 50;

  ScaleBench.Drain measure(long backlog) throws Exception {
    long end = stack.topicEnd();
    long rowsBefore = stack.storedEvents();
    Thread starter = new Thread(() -> stack.stack().startStopped(), "start-storage");
    starter.start();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (stack.storageMembersWithPartitions() < replicas) {
      check(deadline, "every replica to own partitions");
      Thread.sleep(SAMPLE_MILLIS); // a sampling period of the group's membership
    }
    long from = stack.storageCommitted();
    long start = System.nanoTime();
    progress.step(
        "all %d replica(s) own partitions; %,d of %,d stored so far", replicas, from, end);
    long lastReport = start;
    long committed = from;
    while (committed < end) {
      check(deadline, "the backlog to drain");
      Thread.sleep(SAMPLE_MILLIS); // a sampling period of the committed offsets
      committed = stack.storageCommitted();
      if (System.nanoTime() - lastReport > 5_000_000_000L) {
        progress.step("stored %,d of %,d", committed, end);
        lastReport = System.nanoTime();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    starter.join();
    long rows = stack.storedEvents() - rowsBefore;
    if (rows != backlog) {
      throw new IllegalStateException(
          "the DB gained " + rows + " rows for a backlog of " + backlog + " events");
    }
    ScaleBench.Drain drain = new ScaleBench.Drain(replicas, backlog, end - from, seconds, rows);
    progress.step(
        "%d replica(s): %,d events in %.1f s: %,.0f events/s; %,d rows, each event once",
        replicas, drain.measured(), seconds, drain.rate(), rows);
    return drain;
  }

  private static void check(long deadline, String what) {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("timed out waiting for " + what);
    }
  }
}
