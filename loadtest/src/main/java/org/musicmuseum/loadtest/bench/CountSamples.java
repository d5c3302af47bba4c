package org.musicmuseum.loadtest.bench;

import java.util.Arrays;

/** (time, count) samples of one poller thread; read by another once the poller has stopped. */
final class CountSamples {

  private long[] times = new long[4096];
  private long[] counts = new long[4096];
  private int size;
  private volatile long last;
  private long failures;

  synchronized void add(long nanos, long count) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    times[size] = nanos;
    counts[size] = count;
    size++;
    last = count;
  }

  synchronized void failed() {
    failures++;
  }

  synchronized long failures() {
    return failures;
  }

  long last() {
    return last;
  }

  synchronized long[] times() {
    return Arrays.copyOf(times, size);
  }

  synchronized long[] counts() {
    return Arrays.copyOf(counts, size);
  }
}
