package org.musicmuseum.stack.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.musicmuseum.stack.StackException;

/** Starting several components at once, saying every 10 s which have not started yet. */
final class TogetherStart {

  private TogetherStart() {}

  /**
   * At most this many {@code server start}s run at once: one more than the cores. Starting is CPU
   * work (class loading, JIT, CDI, the OpenAPI scan); on 2 cores the six services of {@code
   * ./museum up} were ready 77-83 s after the first start two or three at a time against 93 s all
   * six at once (docs/benchmarks.md, start-up), and ten at once did not finish within three
   * minutes.
   */
  static final int MAX_AT_ONCE = Runtime.getRuntime().availableProcessors() + 1;

  /**
   * Starts the services at the same time, {@link #MAX_AT_ONCE} at most: Liberty's {@code server
   * start} returns only when the server has started, and one after another they took most of a
   * minute. Waits for every start, then throws the first failure.
   */
  static void run(
      Collection<? extends Component> components, Consumer<Component> start, PrintStream out) {
    ExecutorService starters =
        Executors.newFixedThreadPool(Math.max(1, Math.min(MAX_AT_ONCE, components.size())));
    Set<String> starting = new ConcurrentSkipListSet<>();
    components.forEach(c -> starting.add(c.name()));
    try (Heartbeat beat =
        Heartbeat.every(
            Heartbeat.INTERVAL,
            s -> out.println(Heartbeat.waiting(String.join(", ", starting) + " to start", s)))) {
      List<Future<?>> starts = new ArrayList<>();
      components.forEach(
          c ->
              starts.add(
                  starters.submit(
                      () -> {
                        start.accept(c);
                        starting.remove(c.name());
                      })));
      StackException failure = null;
      for (Future<?> started : starts) {
        try {
          started.get();
        } catch (ExecutionException e) {
          StackException cause =
              e.getCause() instanceof StackException known
                  ? known
                  : new StackException(String.valueOf(e.getCause().getMessage()), e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new StackException("interrupted while starting the services", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      starters.shutdownNow();
    }
  }
}
