package org.musicmuseum.stack.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A warm start for a server whose instance is new: Liberty's workarea (its OSGi bundle cache,
 * resolved features and the application's annotation cache) saved from the last clean stop of a
 * server of the same name that had started fully, copied into a fresh instance before it starts. A
 * cold start of a service costs two to three times the CPU of a warm one, and every stack the tests
 * and the benchmark make is new (docs/benchmarks.md, start-up).
 *
 * <p>The seed holds no configuration: Liberty's persisted configuration and variable caches, which
 * carry the old instance's paths and ports, and its lock and command files stay out, so the new
 * instance reads its own server.xml as on a first start. Liberty cleans a workarea itself when its
 * runtime changed; a seed older than the service's WAR is replaced at the next clean stop.
 */
public final class WorkareaSeed {

  /** Files of a workarea that belong to one instance only. */
  private static final Set<String> INSTANCE_FILES =
      Set.of(".sLock", ".sCommandAuth", ".sCommand", "configs.data", "variableCacheData");

  /** The line of messages.log that says the server started fully. */
  static final String SERVER_READY = "CWWKF0011I";

  private final Path seedsDir;
  private final Path seed;

  /** The seed of server {@code name} under {@code seedsDir}. */
  public WorkareaSeed(Path seedsDir, String name) {
    this.seedsDir = seedsDir.toAbsolutePath();
    this.seed = this.seedsDir.resolve(name);
  }

  /** Copies the seed into {@code workarea} if the workarea does not exist yet; true if it did. */
  public boolean plant(Path workarea) {
    if (Files.exists(workarea) || !Files.isDirectory(seed)) {
      return false;
    }
    try {
      copy(seed, workarea);
      return true;
    } catch (IOException | UncheckedIOException e) {
      // (the seed replaced while it was copied): this instance starts cold, that is all
      deleteQuietly(workarea);
      return false;
    }
  }

  /**
   * Saves {@code workarea} (of a stopped server) as the seed when there is none or it is older than
   * {@code war}; true if it did. Two stacks stopping at once both copy, one of them wins.
   */
  public boolean save(Path workarea, Path war) {
    if (!Files.isDirectory(workarea) || isFresh(war)) {
      return false;
    }
    Path temp = seedsDir.resolve(".incoming-" + UUID.randomUUID());
    Path old = seedsDir.resolve(".outgoing-" + UUID.randomUUID());
    try {
      copy(workarea, temp);
      if (Files.isDirectory(seed)) {
        Files.move(seed, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(temp, seed, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      return false;
    } catch (IOException | UncheckedIOException e) {
      // (a read-only installation, a full disk): the next new instance starts cold, that is all
      return false;
    } finally {
      deleteQuietly(temp);
      deleteQuietly(old);
    }
  }

  /** Whether the seed exists and is at least as new as {@code war} (any seed, if war is null). */
  boolean isFresh(Path war) {
    try {
      if (!Files.isDirectory(seed)) {
        return false;
      }
      if (war == null || !Files.exists(war)) {
        return true;
      }
      FileTime seeded = Files.getLastModifiedTime(seed);
      return seeded.compareTo(Files.getLastModifiedTime(war)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    LibertyFiles.copyTree(
        from, to, relative -> !isInstanceFile(relative), StandardCopyOption.COPY_ATTRIBUTES);
    Files.setLastModifiedTime(to, FileTime.fromMillis(System.currentTimeMillis()));
  }

  /** Whether {@code relative} (to a workarea) is or lies in one of {@link #INSTANCE_FILES}. */
  private static boolean isInstanceFile(Path relative) {
    for (Path part : relative) {
      if (INSTANCE_FILES.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(WorkareaSeed::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary directory costs disk space only; the next save tries again
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
