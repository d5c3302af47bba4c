package org.musicmuseum.audit.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A few consumers for lookups. A consumer is not thread-safe, so a lookup borrows one and gives it
 * back; a consumer that failed is closed and replaced. Creating a consumer does not connect.
 */
public final class ConsumerPool implements AutoCloseable {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

  private final IntFunction<Consumer<byte[], byte[]>> factory;
  private final BlockingQueue<Consumer<byte[], byte[]>> idle;
  private int created;
  private volatile boolean closed;

  /**
   * A pool of {@code size} Kafka consumers of raw bytes, consumer n made with {@code settings(n)}.
   */
  public static ConsumerPool ofBytes(int size, IntFunction<Properties> settings) {
    return new ConsumerPool(
        size,
        n ->
            new KafkaConsumer<>(
                settings.apply(n), new ByteArrayDeserializer(), new ByteArrayDeserializer()));
  }

  /**
   * @param size how many consumers serve lookups at once
   * @param factory the {@code n}-th consumer (n counts every consumer created)
   */
  public ConsumerPool(int size, IntFunction<Consumer<byte[], byte[]>> factory) {
    this.factory = factory;
    this.idle = new ArrayBlockingQueue<>(Math.max(1, size));
    for (int i = 0; i < Math.max(1, size); i++) {
      idle.add(create());
    }
  }

  /** A consumer, or empty when none became free within {@code timeout}. */
  public Optional<Consumer<byte[], byte[]>> borrow(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** Returns a healthy consumer to the pool. */
  public void giveBack(Consumer<byte[], byte[]> consumer) {
    if (closed) {
      consumer.close(CLOSE_TIMEOUT);
    } else {
      idle.add(consumer);
    }
  }

  /** Closes a consumer that failed and puts a fresh one in its place. */
  public void replace(Consumer<byte[], byte[]> consumer) {
    try {
      consumer.close(CLOSE_TIMEOUT);
    } finally {
      if (!closed) {
        idle.add(create());
      }
    }
  }

  private synchronized Consumer<byte[], byte[]> create() {
    return factory.apply(created++);
  }

  @Override
  public void close() {
    closed = true;
    List<Consumer<byte[], byte[]>> left = new ArrayList<>();
    idle.drainTo(left);
    left.forEach(c -> c.close(CLOSE_TIMEOUT));
  }
}
