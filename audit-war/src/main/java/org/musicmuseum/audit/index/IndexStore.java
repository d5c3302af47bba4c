package org.musicmuseum.audit.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The offset index together with its file. An entry reaches memory (and so a client) only once it
 * is on disk, so an index a client saw keeps its meaning across restarts. Thread-safe; {@link
 * #index()} is readable at any time.
 */
public final class IndexStore implements AutoCloseable {

  private final Path path;
  private volatile OffsetIndex index = new OffsetIndex();
  private IndexFile file;

  public IndexStore(Path path) {
    this.path = path;
  }

  /**
   * Loads the file into a fresh in-memory index when it is not open (at start, or after the file
   * was lost by a failed write); otherwise does nothing.
   */
  public synchronized void open() throws IOException {
    if (file == null) {
      OffsetIndex loaded = new OffsetIndex();
      file = IndexFile.open(path, loaded::add);
      index = loaded;
    }
  }

  /** Persists the entries, then makes them visible in memory, in order. */
  public synchronized void append(List<IndexEntry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    IndexFile target = openFile();
    try {
      target.append(entries);
    } catch (IOException e) {
      if (!target.isOpen()) {
        file = null;
      }
      throw e;
    }
    entries.forEach(index::add);
  }

  /** Forgets every entry, on disk and in memory, so the index can be rebuilt from the log. */
  public synchronized void clear() throws IOException {
    openFile().clear();
    index = new OffsetIndex();
  }

  /** The in-memory index as it is now. */
  public OffsetIndex index() {
    return index;
  }

  private IndexFile openFile() {
    if (file == null) {
      throw new IllegalStateException("the index file is not open");
    }
    return file;
  }

  @Override
  public synchronized void close() throws IOException {
    if (file != null) {
      file.close();
      file = null;
    }
  }
}
