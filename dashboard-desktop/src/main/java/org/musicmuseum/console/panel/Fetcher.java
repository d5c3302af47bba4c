package org.musicmuseum.console.panel;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.musicmuseum.console.client.ServiceException;

/**
 * Runs one panel's reads off the FX thread and hands the result back on it. At most one read of a
 * panel is in flight: a refresh asked for meanwhile is dropped, the next one will come.
 */
public final class Fetcher {

  /** A blocking read. */
  @FunctionalInterface
  public interface Call<T> {
    T call() throws ServiceException;
  }

  private final Executor io;
  private final Executor fx;
  private final AtomicBoolean busy = new AtomicBoolean();

  /**
   * @param io where reads run (a background pool)
   * @param fx where results are handed over ({@code Platform::runLater} in the application)
   */
  public Fetcher(Executor io, Executor fx) {
    this.io = io;
    this.fx = fx;
  }

  /** Starts {@code call} unless one is in flight; returns whether it started. */
  public <T> boolean fetch(Call<T> call, Consumer<T> onOk, Consumer<ServiceException> onFail) {
    if (!busy.compareAndSet(false, true)) {
      return false;
    }
    try {
      io.execute(() -> run(call, onOk, onFail));
      return true;
    } catch (RejectedExecutionException e) {
      busy.set(false);
      return false;
    }
  }

  /** Whether a read is in flight. */
  public boolean busy() {
    return busy.get();
  }

  private <T> void run(Call<T> call, Consumer<T> onOk, Consumer<ServiceException> onFail) {
    try {
      T value = call.call();
      fx.execute(() -> finish(() -> onOk.accept(value)));
    } catch (ServiceException e) {
      fx.execute(() -> finish(() -> onFail.accept(e)));
    } catch (RuntimeException e) {
      ServiceException failure =
          new ServiceException(
              ServiceException.Kind.MALFORMED, 0, "Unexpected error: " + e.getMessage());
      fx.execute(() -> finish(() -> onFail.accept(failure)));
    }
  }

  private void finish(Runnable handOver) {
    busy.set(false);
    handOver.run();
  }
}
