package org.musicmuseum.kit.kafka;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.errors.InterruptException;

/**
 * A mock consumer whose first poll throws what Kafka's client throws when the server interrupts the
 * thread mid-poll, and which records whether its thread was still interrupted when it was closed (a
 * close must run uninterrupted to commit and leave its group).
 */
public final class InterruptedMidPoll<K, V> extends MockConsumer<K, V> {

  private final AtomicBoolean interruptedAtClose = new AtomicBoolean(true);

  public InterruptedMidPoll() {
    super(AutoOffsetResetStrategy.EARLIEST.name());
    schedulePollTask(
        () -> {
          throw new InterruptException(new InterruptedException("server stopping"));
        });
  }

  @Override
  public synchronized void close(CloseOptions options) {
    interruptedAtClose.set(Thread.currentThread().isInterrupted());
    super.close(options);
  }

  /** Whether the thread was interrupted when close ran; true until close runs. */
  public boolean interruptedAtClose() {
    return interruptedAtClose.get();
  }
}
