package org.musicmuseum.loadtest.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends prepared requests on a fixed schedule (open model: request i is due at {@code i / rate}
 * seconds, whatever the answers) over a pool of keep-alive connections, and notes when each
 * expected answer arrived. A request waits for a free connection only when all are busy.
 */
public record ScheduledSender(String host, int port, int connections) {

  /** The arrival times (System.nanoTime, ascending) of the expected answers; the rest by cause. */
  public record Outcome(List<Long> answeredAt, Map<String, Long> failures) {

    public Outcome {
      answeredAt = List.copyOf(answeredAt);
      failures = Map.copyOf(failures);
    }

    public long failed() {
      return failures.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public Outcome send(List<byte[]> requests, int perSecond, int expectedStatus)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<RawHttpConnection> opened = new CopyOnWriteArrayList<>();
    ThreadLocal<RawHttpConnection> connection =
        ThreadLocal.withInitial(
            () -> {
              RawHttpConnection c = new RawHttpConnection(host, port, 10_000);
              opened.add(c);
              return c;
            });
    ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
    Map<String, Long> failures = new ConcurrentHashMap<>();
    long period = 1_000_000_000L / perSecond;
    long start = System.nanoTime();
    try {
      for (int i = 0; i < requests.size(); i++) {
        long due = start + i * period;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        byte[] request = requests.get(i);
        pool.execute(
            () -> {
              RawHttpConnection c = connection.get();
              try {
                int status = c.exchange(request);
                if (status == expectedStatus) {
                  answered.add(System.nanoTime());
                } else {
                  failures.merge(Integer.toString(status), 1L, Long::sum);
                }
              } catch (IOException e) {
                failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                closeQuietly(c);
              }
            });
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      opened.forEach(ScheduledSender::closeQuietly);
    }
    List<Long> times = new ArrayList<>(answered);
    times.sort(Long::compare);
    return new Outcome(times, failures);
  }

  private static void closeQuietly(RawHttpConnection c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // the next exchange opens a new connection
    }
  }
}
