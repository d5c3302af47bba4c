package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.client.ServiceException.Kind;

class FetcherTest {

  /** An executor that only queues: the test runs what it queued when it chooses. */
  private static final class Queue implements Executor {
    final List<Runnable> queued = new ArrayList<>();

    @Override
    public void execute(Runnable task) {
      queued.add(task);
    }

    void runAll() {
      while (!queued.isEmpty()) {
        queued.remove(0).run();
      }
    }
  }

  private final Queue io = new Queue();
  private final Queue fx = new Queue();
  private final List<Object> okays = new ArrayList<>();
  private final List<ServiceException> failures = new ArrayList<>();

  @Test
  void theValueIsHandedOverOnTheFxExecutor() {
    Fetcher fetcher = new Fetcher(io, fx);

    assertThat(fetcher.fetch(() -> "figures", okays::add, failures::add)).isTrue();
    io.runAll();

    assertThat(okays).isEmpty();
    assertThat(fx.queued).hasSize(1);
    fx.runAll();
    assertThat(okays).containsExactly("figures");
    assertThat(failures).isEmpty();
  }

  @Test
  void aFailureIsHandedOverOnTheFxExecutor() {
    Fetcher fetcher = new Fetcher(io, fx);
    ServiceException down = new ServiceException(Kind.UNREACHABLE, 0, "down");

    fetcher.fetch(
        () -> {
          throw down;
        },
        okays::add,
        failures::add);
    io.runAll();

    assertThat(failures).isEmpty();
    fx.runAll();
    assertThat(failures).containsExactly(down);
    assertThat(okays).isEmpty();
  }

  @Test
  void aSecondFetchWhileOneIsInFlightIsDroppedWithoutCalling() {
    Fetcher fetcher = new Fetcher(io, Runnable::run);
    AtomicInteger calls = new AtomicInteger();

    assertThat(fetcher.fetch(calls::incrementAndGet, okays::add, failures::add)).isTrue();
    assertThat(fetcher.busy()).isTrue();
    assertThat(fetcher.fetch(calls::incrementAndGet, okays::add, failures::add)).isFalse();

    assertThat(io.queued).hasSize(1);
    io.runAll();
    assertThat(calls).hasValue(1);
    assertThat(okays).containsExactly(1);
  }

  @Test
  void itIsBusyUntilTheResultIsHandedOver() {
    Fetcher fetcher = new Fetcher(io, fx);

    fetcher.fetch(() -> 1, okays::add, failures::add);
    io.runAll();

    assertThat(fetcher.busy()).isTrue();
    fx.runAll();
    assertThat(fetcher.busy()).isFalse();
  }

  @Test
  void afterCompletionTheNextFetchRuns() {
    Fetcher fetcher = new Fetcher(Runnable::run, Runnable::run);
    AtomicInteger calls = new AtomicInteger();

    assertThat(fetcher.fetch(calls::incrementAndGet, okays::add, failures::add)).isTrue();
    assertThat(fetcher.fetch(calls::incrementAndGet, okays::add, failures::add)).isTrue();

    assertThat(okays).containsExactly(1, 2);
    assertThat(fetcher.busy()).isFalse();
  }

  @Test
  void afterAFailureTheNextFetchRuns() {
    Fetcher fetcher = new Fetcher(Runnable::run, Runnable::run);

    fetcher.fetch(
        () -> {
          throw new ServiceException(Kind.TIMEOUT, 0, "slow");
        },
        okays::add,
        failures::add);

    assertThat(fetcher.busy()).isFalse();
    assertThat(fetcher.fetch(() -> "again", okays::add, failures::add)).isTrue();
    assertThat(okays).containsExactly("again");
  }

  @Test
  void aRuntimeExceptionArrivesAsAServiceException() {
    Fetcher fetcher = new Fetcher(Runnable::run, Runnable::run);

    fetcher.fetch(
        () -> {
          throw new IllegalStateException("boom");
        },
        okays::add,
        failures::add);

    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).kind()).isEqualTo(Kind.MALFORMED);
    assertThat(failures.get(0)).hasMessage("Unexpected error: boom");
    assertThat(fetcher.busy()).isFalse();
  }

  @Test
  void aRejectedStartIsNotBusy() {
    Fetcher fetcher =
        new Fetcher(
            task -> {
              throw new RejectedExecutionException("shut down");
            },
            Runnable::run);

    assertThat(fetcher.fetch(() -> 1, okays::add, failures::add)).isFalse();
    assertThat(fetcher.busy()).isFalse();
    assertThat(okays).isEmpty();
    assertThat(failures).isEmpty();
  }
}
