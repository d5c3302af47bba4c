package org.musicmuseum.processing.persistence;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.kit.file.AtomicFile;
import org.musicmuseum.processing.domain.ProcessingState;

/**
 * The state as a JSON file, saved with {@link AtomicFile} so the file always holds one whole state.
 * A file that cannot be read as a state is moved aside as {@code <name>.corrupt-<UTC time>}; a
 * state of format 1 (row-id cursors, before issue 19) as {@code <name>.format-1-<UTC time>}, and
 * the statistics are counted again from the start.
 */
public final class StateFile implements StateStore, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StateFile.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path file;
  private final Clock clock;
  private final Jsonb jsonb = JsonbBuilder.create();

  public StateFile(Path file, Clock clock) {
    this.file = file.toAbsolutePath();
    this.clock = clock;
  }

  public Path path() {
    return file;
  }

  /** The kept state; empty when there is none or it was corrupt (then it is moved aside). */
  public Optional<ProcessingState> load() throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      String text = read();
      if (isFormat1(text)) {
        Path aside = moveAside("format-1");
        LOG.warning(
            () ->
                "The state file "
                    + file
                    + " holds row-id cursors (format 1); moved it to "
                    + aside
                    + ": counting every stored row again, by partition and offset");
        return Optional.empty();
      }
      ProcessingState state = jsonb.fromJson(text, ProcessingState.class);
      if (state == null) {
        throw new IllegalArgumentException("the file holds no JSON object");
      }
      return Optional.of(state);
    } catch (CharacterCodingException | RuntimeException e) {
      Path aside = moveAside("corrupt");
      LOG.log(
          Level.WARNING,
          "The state file " + file + " is corrupt; moved it to " + aside + ", starting from zero",
          e);
      return Optional.empty();
    }
  }

  private static boolean isFormat1(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o
          && o.get("format") instanceof JsonNumber n
          && n.isIntegral()
          && n.longValue() == 1;
    } catch (JsonException e) {
      return false;
    }
  }

  private Path moveAside(String why) throws IOException {
    Path aside =
        file.resolveSibling(file.getFileName() + "." + why + "-" + STAMP.format(clock.instant()));
    Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    return aside;
  }

  private String read() throws IOException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
        .toString();
  }

  @Override
  public void save(ProcessingState state) throws IOException {
    AtomicFile.write(file, jsonb.toJson(state));
  }

  @Override
  public void close() throws Exception {
    jsonb.close();
  }
}
