package org.musicmuseum.kit.kafka;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.musicmuseum.kit.retry.Backoff;

/**
 * The one Kafka poll loop of the services: it owns the consumer's life and sorts every error by
 * {@link ErrorKind}. A fatal error stops the loop and stays in its {@link LoopState} (readiness
 * DOWN with the reason); an offset problem moves the partitions by the {@link OffsetReset} and goes
 * on; any other error closes the consumer without committing and starts a fresh one after a
 * back-off, so the work resumes from what it last committed. An interrupt (the server stopping its
 * managed threads) stops the loop. What is done with the records is the service's {@link Work}.
 */
public final class PollLoop<K, V> implements Runnable {

  private static final Logger LOG = Logger.getLogger(PollLoop.class.getName());
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

  /** What a service does with its consumer. Runs on the loop's thread only. */
  public interface Work<K, V> {
    /** Before each new consumer, e.g. migrate a schema or open a file. */
    default void prepare() throws Exception {}

    /** Subscribes a new consumer, or assigns its partitions and seeks. */
    void start(Consumer<K, V> consumer) throws Exception;

    /**
     * Handles one poll's records, possibly none.
     *
     * @return false to close this consumer and go on with a fresh one at once
     */
    boolean handle(Consumer<K, V> consumer, ConsumerRecords<K, V> records) throws Exception;

    /**
     * Ends the work on this consumer just before the loop closes it (after a stop, an error or
     * {@code handle} returning false), e.g. to commit what is done. It must not throw.
     */
    default void beforeClose(Consumer<K, V> consumer) {}
  }

  /**
   * How the loop behaves around its consumer.
   *
   * @param maxBackoff the longest pause before a fresh consumer after an error (jittered, growing)
   * @param closeTimeout how long a close may wait for the broker (to commit, to leave the group)
   * @param offsetReset where a partition goes when its offset is out of range or unknown
   */
  public record Tuning(Duration maxBackoff, Duration closeTimeout, OffsetReset offsetReset) {}

  private final Supplier<? extends Consumer<K, V>> consumers;
  private final Work<K, V> work;
  private final LoopState state;
  private final Tuning tuning;
  private final Backoff backoff;
  private final CountDownLatch stop = new CountDownLatch(1);
  private volatile Consumer<K, V> current;
  private Thread thread;

  /**
   * @param consumers a new consumer each time one is needed
   */
  public PollLoop(
      Supplier<? extends Consumer<K, V>> consumers,
      Work<K, V> work,
      LoopState state,
      Tuning tuning) {
    this.consumers = consumers;
    this.work = work;
    this.state = state;
    this.tuning = tuning;
    this.backoff = new Backoff(tuning.maxBackoff());
  }

  /** Runs the loop on a new thread of {@code threads} (a managed thread factory in a server). */
  public synchronized void start(ThreadFactory threads, String name) {
    thread = threads.newThread(this);
    thread.setName(name);
    thread.start();
  }

  @Override
  public void run() {
    state.started();
    try {
      while (isGoing()) {
        try {
          work.prepare();
          consume();
        } catch (WakeupException e) {
          LOG.fine("Woken up to stop");
        } catch (Exception e) {
          failed(e);
        }
      }
    } finally {
      state.stopped();
    }
  }

  private void consume() throws Exception {
    Consumer<K, V> consumer = consumers.get();
    current = consumer;
    try {
      if (!isGoing()) {
        return;
      }
      work.start(consumer);
      boolean keep = true;
      while (keep && isGoing()) {
        keep = pollOnce(consumer);
      }
    } catch (InterruptException e) {
      LOG.fine("Interrupted: stopping");
      stop.countDown();
    } finally {
      current = null;
      work.beforeClose(consumer);
      Closing.leavingTheGroup(consumer, tuning.closeTimeout());
    }
  }

  private boolean pollOnce(Consumer<K, V> consumer) throws Exception {
    try {
      ConsumerRecords<K, V> records = consumer.poll(POLL_TIMEOUT);
      boolean keep = work.handle(consumer, records);
      if (!records.isEmpty()) {
        backoff.reset();
      }
      return keep;
    } catch (InvalidOffsetException e) {
      tuning.offsetReset().apply(consumer, e);
      return true;
    }
  }

  private void failed(Exception e) {
    if (ErrorKind.of(e) == ErrorKind.FATAL) {
      state.stoppedBy(e);
      LOG.log(Level.SEVERE, "The consumer loop stops: waiting would not help", e);
      stop.countDown();
      return;
    }
    state.failed(e);
    LOG.log(Level.WARNING, "The consumer loop failed; starting again after a pause", e);
    waitBeforeRetry();
  }

  /** Stops the loop; the current poll returns at once. */
  public void stop() {
    stop.countDown();
    Consumer<K, V> consumer = current;
    if (consumer != null) {
      consumer.wakeup();
    }
  }

  /** Stops the loop and waits up to {@code timeout} for its thread to end. */
  public void stopAndWait(Duration timeout) {
    stop();
    Thread running;
    synchronized (this) {
      running = thread;
    }
    if (running == null) {
      return;
    }
    try {
      running.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean isGoing() {
    return stop.getCount() > 0;
  }

  private void waitBeforeRetry() {
    try {
      stop.await(backoff.next().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.countDown();
    }
  }
}
