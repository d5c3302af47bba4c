package org.musicmuseum.health.service;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.kit.file.AtomicFile;

/**
 * Keeps the status report in a JSON file, written with {@link AtomicFile} so a reader (or a crash)
 * never sees half a file.
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

  /** Replaces the file's content with {@code report}, atomically and forced to disk. */
  public void save(StatusReport report) throws IOException {
    AtomicFile.write(file, jsonb.toJson(report));
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
