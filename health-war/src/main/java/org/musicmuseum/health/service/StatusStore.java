package org.musicmuseum.health.service;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.health.domain.StatusReport;

/**
 * Keeps the status report in a JSON file: written to a temporary file in the same directory and
 * moved over the old one atomically, so a reader (or a crash) never sees half a file.
 */
public final class StatusStore implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StatusStore.class.getName());

  private final Path file;
  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

  public StatusStore(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path file() {
    return file;
  }

  /** The saved report; empty when there is none or it cannot be read (logged). */
  public Optional<StatusReport> load() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Optional.ofNullable(jsonb.fromJson(reader, StatusReport.class));
    } catch (IOException | JsonbException e) {
      LOG.warning(() -> "Cannot read " + file + " (" + e + "); starting with an empty history");
      return Optional.empty();
    }
  }

  /** Replaces the file's content with {@code report}. */
  public void save(StatusReport report) throws IOException {
    Path parent = file.getParent();
    if (parent == null) {
      throw new IOException("no directory to write " + file + " in");
    }
    Path dir = Files.createDirectories(parent);
    Path temp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        jsonb.toJson(report, writer);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing JSON-B failed", e);
    }
  }
}
