package org.musicmuseum.audit.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The index on disk: fixed-size entries appended in the order the index assigned them, forced to
 * the device after each append. Opening it reads every entry and cuts a partial or invalid tail (a
 * crash during an append). The file is locked while open, so two servers cannot share it. One
 * writer at a time.
 */
public final class IndexFile implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(IndexFile.class.getName());

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private long length;

  private IndexFile(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens (or creates) the file and hands every valid entry, in order, to {@code sink}.
   *
   * @throws IOException when the file cannot be read or written, or another process holds it
   */
  public static IndexFile open(Path path, Consumer<IndexEntry> sink) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = lockOf(channel, path);
      IndexFile file = new IndexFile(path, channel, lock);
      file.load(sink);
      return file;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock lockOf(FileChannel channel, Path path) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      throw new IOException(path + " is already open in this server", e);
    }
    throw new IOException(path + " is in use by another process");
  }

  private void load(Consumer<IndexEntry> sink) throws IOException {
    long size = channel.size();
    long valid = EntryCodec.readAll(channel, size, sink);
    if (valid < size) {
      long damaged = size - valid;
      LOG.warning(() -> path + ": cutting " + damaged + " bytes of a damaged tail");
      channel.truncate(valid);
      channel.force(true);
    }
    length = valid;
  }

  /**
   * Appends the entries and forces them to the device. On failure the file is cut back to what it
   * held before, so it never holds part of a batch.
   */
  public void append(List<IndexEntry> entries) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(entries.size() * EntryCodec.ENTRY_BYTES);
    entries.forEach(entry -> EntryCodec.write(entry, buffer));
    buffer.flip();
    long at = length;
    try {
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
      channel.force(false);
      length = at;
    } catch (IOException e) {
      try {
        channel.truncate(length);
      } catch (IOException cut) {
        e.addSuppressed(cut);
      }
      throw e;
    }
  }

  /** Empties the file (before a rebuild from the log). */
  public void clear() throws IOException {
    channel.truncate(0);
    channel.force(true);
    length = 0;
  }

  /** False once the channel was closed (by {@link #close()} or an interrupted write). */
  public boolean isOpen() {
    return channel.isOpen();
  }

  /** How many entries the file holds. */
  public long entries() {
    return length / EntryCodec.ENTRY_BYTES;
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
