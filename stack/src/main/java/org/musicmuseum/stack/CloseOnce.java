package org.musicmuseum.stack;

/**
 * Runs a close action at most once, however many threads ask (a shutdown hook and the owner); a
 * second caller waits until the first has finished.
 */
public final class CloseOnce {

  /** Guards {@link #done}; private so that callers cannot hold it. */
  private final Object lock = new Object();

  private boolean done;

  /** Runs {@code action} unless it ran, or is running, already. */
  public void run(Runnable action) {
    synchronized (lock) {
      if (done) {
        return;
      }
      done = true;
      action.run();
    }
  }
}
