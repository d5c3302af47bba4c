package org.musicmuseum.kit.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file's content so that a reader, or a crash at any moment, sees either the old content
 * or the new one, never a mix: the bytes go to a temporary file in the same directory, are forced
 * to disk, and the temporary file is moved over the target atomically; then the directory is forced
 * too, where the platform allows it, so the move itself survives a power cut.
 */
public final class AtomicFile {

  private static final Logger LOG = Logger.getLogger(AtomicFile.class.getName());

  private AtomicFile() {}

  /** Replaces {@code file}'s content with {@code text} in UTF-8. */
  public static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces {@code file}'s content with {@code content}; creates its directory if needed. */
  public static void write(Path file, byte[] content) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("no directory to write " + target + " in");
    }
    Path dir = Files.createDirectories(parent);
    Path temp = Files.createTempFile(dir, target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory(dir);
  }

  /**
   * Makes the directory entry of the move durable. Linux and macOS allow opening a directory for
   * this; Windows does not (and needs it less), so a refusal is not an error.
   */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.log(Level.FINE, "Cannot force the directory " + dir + " to disk", e);
    }
  }
}
