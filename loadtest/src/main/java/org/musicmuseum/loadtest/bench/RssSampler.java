package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.musicmuseum.loadtest.report.chart.Point;

/**
 * Samples the resident set size of each process every half second (from {@code /proc/<pid>/status})
 * and keeps the peak and, for the RSS chart, the time series per name (MB over the {@code clock}'s
 * seconds, at most {@link #POINTS} points each, see {@link BoundedSeries}); pids are looked up on
 * every sample, so a restarted service is followed.
 */
final class RssSampler implements AutoCloseable {

  /** Points kept per name: a 0.5 s sample each for the first 1,000 s, then thinned. */
  static final int POINTS = 2000;

  private final List<String> names;
  private final Function<String, OptionalLong> pids;
  private final DoubleSupplier clock;
  private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
  private final Map<String, BoundedSeries> series = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param clock seconds since the run started, the time of each sample
   */
  RssSampler(List<String> names, Function<String, OptionalLong> pids, DoubleSupplier clock) {
    this.names = List.copyOf(names);
    this.pids = pids;
    this.clock = clock;
    this.thread = new Thread(this::loop, "rss-sampler");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        sample();
      } catch (RuntimeException e) {
        // a pid looked up while the stack changes; the next sample comes in half a second
      }
      try {
        Thread.sleep(500); // a sampling period, not a wait for a condition
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  void sample() {
    for (String name : names) {
      OptionalLong pid = pids.apply(name);
      if (pid.isPresent()) {
        rssKb(pid.getAsLong())
            .ifPresent(
                kb -> {
                  peakKb.merge(name, kb, Math::max);
                  series
                      .computeIfAbsent(name, n -> new BoundedSeries(POINTS))
                      .add(clock.getAsDouble(), kb / 1024.0);
                });
      }
    }
  }

  /** Peak RSS in MB per name, in name order. */
  Map<String, Double> peakMb() {
    Map<String, Double> mb = new TreeMap<>();
    peakKb.forEach((name, kb) -> mb.put(name, kb / 1024.0));
    return mb;
  }

  /** The samples of every name that has any (MB over seconds), in the order of the names. */
  Map<String, List<Point>> series() {
    Map<String, List<Point>> all = new LinkedHashMap<>();
    for (String name : names) {
      BoundedSeries points = series.get(name);
      if (points != null) {
        all.put(name, points.points());
      }
    }
    return all;
  }

  static OptionalLong rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
      return OptionalLong.empty();
    } catch (IOException | NumberFormatException gone) {
      return OptionalLong.empty();
    }
  }

  /** Stops sampling; once is enough, more calls do nothing more. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(2000);
  }
}
