package org.musicmuseum.audit.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.musicmuseum.events.EventType;

/**
 * The fixed-size form of an index entry on disk, big-endian: type code (int: 1 album, 2 single),
 * partition (int), offset (long). A type code of 0 (a zero-filled tail after a crash) or any other
 * unknown code marks the end of the valid entries.
 */
final class EntryCodec {

  /** Bytes per entry. */
  static final int ENTRY_BYTES = 16;

  private static final int READ_CHUNK_ENTRIES = 4096;
  private static final Map<EventType, Integer> CODES =
      Map.of(EventType.NEW_ALBUM, 1, EventType.NEW_SINGLE_SONG, 2);

  private EntryCodec() {}

  /** Writes one entry at the buffer's position. */
  static void write(IndexEntry entry, ByteBuffer buffer) {
    buffer.putInt(CODES.get(entry.type()));
    buffer.putInt(entry.position().partition());
    buffer.putLong(entry.position().offset());
  }

  /** Reads one entry at the buffer's position, or empty when those bytes are not an entry. */
  static Optional<IndexEntry> read(ByteBuffer buffer) {
    int code = buffer.getInt();
    int partition = buffer.getInt();
    long offset = buffer.getLong();
    Optional<EventType> type =
        CODES.entrySet().stream()
            .filter(e -> e.getValue() == code)
            .map(Map.Entry::getKey)
            .findAny();
    boolean inRange =
        partition >= 0
            && partition <= LogPosition.MAX_PARTITION
            && offset >= 0
            && offset <= LogPosition.MAX_OFFSET;
    return inRange ? type.map(t -> IndexEntry.of(t, partition, offset)) : Optional.empty();
  }

  /**
   * Hands every entry from the start of the file to {@code sink}, in order, up to the first bytes
   * that are not an entry, and returns how many bytes the valid entries take.
   */
  static long readAll(FileChannel channel, long size, Consumer<IndexEntry> sink)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(READ_CHUNK_ENTRIES * ENTRY_BYTES);
    long valid = 0;
    boolean intact = true;
    while (intact && size - valid >= ENTRY_BYTES) {
      buffer.clear();
      long wanted = Math.min(buffer.capacity(), size - valid);
      buffer.limit((int) (wanted - wanted % ENTRY_BYTES));
      int read = 0;
      while (buffer.hasRemaining() && read >= 0) {
        read = channel.read(buffer, valid + buffer.position());
      }
      buffer.flip();
      while (intact && buffer.remaining() >= ENTRY_BYTES) {
        Optional<IndexEntry> entry = read(buffer);
        intact = entry.isPresent();
        if (intact) {
          sink.accept(entry.get());
          valid += ENTRY_BYTES;
        }
      }
    }
    return valid;
  }
}
