package org.musicmuseum.events;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, 12 bits that count up within a
 * millisecond from a random start (so the ids one generator makes ascend), the variant, 62 random
 * bits. Thread-safe. Should the clock step back, ids keep ascending from the last one.
 *
 * <p>The random bits come from {@link ThreadLocalRandom}: an id must be unique, not unguessable (it
 * names an event, it grants nothing), and {@code SecureRandom} read {@code /dev/urandom} under one
 * lock for every id, 3.6 % of the receiver's CPU under batch load (docs/benchmarks.md).
 */
public final class TimeOrderedIds {

  private static final int SEQUENCE_BITS = 12;

  private final Clock clock;

  /** The last (milliseconds, sequence) handed out. */
  private final AtomicLong last = new AtomicLong();

  public TimeOrderedIds(Clock clock) {
    this.clock = clock;
  }

  /** A fresh id in canonical text. */
  public String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long fresh = (clock.millis() << SEQUENCE_BITS) | random.nextInt(1 << (SEQUENCE_BITS - 1));
    long stamp = last.accumulateAndGet(fresh, (before, now) -> Math.max(before + 1, now));
    long millis = stamp >>> SEQUENCE_BITS;
    long sequence = stamp & ((1L << SEQUENCE_BITS) - 1);
    long msb = (millis << 16) | 0x7000L | sequence;
    long lsb = (random.nextLong() & 0x3fff_ffff_ffff_ffffL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb).toString();
  }
}
