package org.musicmuseum.loadtest.http;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed number of connections, each sending the next prepared request as soon as the last one was
 * answered, for a warm-up and then a measured period. Only requests sent and answered inside the
 * measured period count. Measures throughput at saturation (where coordinated omission does not
 * distort the rate); latencies from it are those of a saturated server.
 */
public final class ClosedLoopLoad {

  private static final int TIMEOUT_MILLIS = 30_000;

  /** What the measured period saw. */
  public record Result(
      long answered,
      double seconds,
      Map<Integer, Long> statuses,
      long failures,
      Latencies latencies) {

    public Result {
      statuses = Map.copyOf(statuses);
    }

    public double perSecond() {
      return answered / seconds;
    }

    public long withStatus(int status) {
      return statuses.getOrDefault(status, 0L);
    }
  }

  private final String host;
  private final int port;
  private final List<byte[]> requests;

  public ClosedLoopLoad(String host, int port, List<byte[]> requests) {
    if (requests.isEmpty()) {
      throw new IllegalArgumentException("no requests to send");
    }
    this.host = host;
    this.port = port;
    this.requests = List.copyOf(requests);
  }

  public Result run(int connections, Duration warmup, Duration measured)
      throws InterruptedException {
    long start = System.nanoTime() + warmup.toNanos();
    long end = start + measured.toNanos();
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Worker worker = new Worker(i, start, end);
      workers.add(worker);
      Thread thread = new Thread(worker, "load-" + i);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    Map<Integer, Long> statuses = new TreeMap<>();
    Latencies latencies = new Latencies();
    long failures = 0;
    for (Worker worker : workers) {
      worker.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
      latencies.addAll(worker.latencies);
      failures += worker.failures;
    }
    return new Result(latencies.count(), measured.toNanos() / 1e9, statuses, failures, latencies);
  }

  private final class Worker implements Runnable {
    private final int offset;
    private final long start;
    private final long end;
    private final Map<Integer, Long> statuses = new TreeMap<>();
    private final Latencies latencies = new Latencies();
    private long failures;

    Worker(int offset, long start, long end) {
      this.offset = offset;
      this.start = start;
      this.end = end;
    }

    @Override
    public void run() {
      try (RawHttpConnection connection = new RawHttpConnection(host, port, TIMEOUT_MILLIS)) {
        for (int i = offset; System.nanoTime() < end; i++) {
          byte[] request = requests.get(Math.floorMod(i * 31 + offset, requests.size()));
          long sent = System.nanoTime();
          try {
            int status = connection.exchange(request);
            long answered = System.nanoTime();
            if (sent >= start && answered <= end) {
              statuses.merge(status, 1L, Long::sum);
              latencies.add(answered - sent);
            }
          } catch (IOException e) {
            failures++;
            connection.close();
          }
        }
      } catch (IOException closeFailure) {
        failures++;
      }
    }
  }
}
