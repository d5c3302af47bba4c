package org.musicmuseum.kit.updates;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.events.UpdateEvent;
import org.musicmuseum.events.UpdateKind;

/**
 * Sends updates to the updates channel (an {@code Emitter<String>}) without ever holding up the
 * caller: each update is queued and handed to the channel on {@code executor}, in order. When Kafka
 * is away the queue keeps the newest {@value #CAPACITY} and drops the oldest; a failure is logged
 * once, and again when sending works, since the dashboards poll meanwhile.
 */
public final class UpdateSender implements AutoCloseable {

  static final int CAPACITY = 64;
  private static final Logger LOG = Logger.getLogger(UpdateSender.class.getName());

  private final Function<String, CompletionStage<Void>> channel;
  private final Executor executor;
  private final Jsonb jsonb = JsonbBuilder.create();
  private final Clock clock;
  private final Deque<String> queue = new ArrayDeque<>();
  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicLong dropped = new AtomicLong();
  private boolean draining;

  /**
   * @param channel the emitter's {@code send}
   * @param executor where the channel is called (a managed executor in a server)
   */
  public UpdateSender(
      Function<String, CompletionStage<Void>> channel, Executor executor, Clock clock) {
    this.channel = channel;
    this.executor = executor;
    this.clock = clock;
  }

  /** Queues {@code data} (what the REST endpoint of {@code kind} answers) as an update. */
  public void send(UpdateKind kind, Object data) {
    String json = jsonb.toJson(UpdateEvent.of(kind, clock.instant(), data));
    synchronized (this) {
      if (queue.size() == CAPACITY) {
        queue.removeFirst();
        dropped.incrementAndGet();
      }
      queue.addLast(json);
      if (draining) {
        return;
      }
      draining = true;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        draining = false;
      }
      LOG.fine("The server is stopping: update not sent");
    }
  }

  /** Updates dropped because the queue was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Whether the last update sent failed. */
  public boolean failing() {
    return failing.get();
  }

  @Override
  public void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing JSON-B failed", e);
    }
  }

  private void drain() {
    while (true) {
      String next;
      synchronized (this) {
        next = queue.pollFirst();
        if (next == null) {
          draining = false;
          return;
        }
      }
      try {
        channel.apply(next).whenComplete((ok, error) -> outcome(error));
      } catch (RuntimeException e) {
        outcome(e);
      }
    }
  }

  private void outcome(Throwable error) {
    if (error == null) {
      if (failing.compareAndSet(true, false)) {
        LOG.info("Updates are published again");
      }
    } else if (failing.compareAndSet(false, true)) {
      LOG.log(
          Level.WARNING,
          "Cannot publish an update (dashboards poll meanwhile); logged again when it works",
          error);
    }
  }
}
