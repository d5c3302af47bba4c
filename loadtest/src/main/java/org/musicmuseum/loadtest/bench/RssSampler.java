package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Samples the resident set size of each process every half second (from {@code /proc/<pid>/status})
 * and keeps the peak and the last value per name; pids are looked up on every sample, so a
 * restarted service is followed.
 */
final class RssSampler implements AutoCloseable {

  private final List<String> names;
  private final Function<String, OptionalLong> pids;
  private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
  private final Map<String, Long> lastKb = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  RssSampler(List<String> names, Function<String, OptionalLong> pids) {
    this.names = List.copyOf(names);
    this.pids = pids;
    this.thread = new Thread(this::loop, "rss-sampler");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop() {
    while (running) {
      sample();
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
                  lastKb.put(name, kb);
                  peakKb.merge(name, kb, Math::max);
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

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(2000);
  }
}
