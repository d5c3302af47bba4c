package org.musicmuseum.processing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.processing.domain.MinuteCount;
import org.musicmuseum.processing.domain.ProcessingState;

class StateFileTest {

  private static final Instant NOW = Instant.parse("2026-11-26T14:08:39.5Z");

  @TempDir Path dir;
  private StateFile file;

  private StateFile at(Path path) {
    file = new StateFile(path, Clock.fixed(NOW, ZoneOffset.UTC));
    return file;
  }

  @AfterEach
  void close() throws Exception {
    if (file != null) {
      file.close();
    }
  }

  private static ProcessingState state(long albums) {
    return new ProcessingState(
        ProcessingState.FORMAT,
        "0:" + albums,
        "1:3",
        albums,
        9,
        3,
        12.5,
        NOW,
        Map.of("X", albums + 3),
        List.of(new MinuteCount(Instant.parse("2026-11-26T14:08:00Z"), albums, 3)),
        List.of());
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aMissingFileIsTheZeroState() throws IOException {
    assertThat(at(dir.resolve("stats.json")).load()).isEmpty();
  }

  @Test
  void savesAndLoadsTheWholeStateLeavingNoTemporaryFile() throws IOException {
    StateFile stats = at(dir.resolve("nested/data/stats.json"));
    stats.save(state(5));
    stats.save(state(7));

    assertThat(stats.load()).contains(state(7));
    try (Stream<Path> files = Files.list(dir.resolve("nested/data"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("stats.json");
    }
  }

  @Test
  void aCorruptFileIsMovedAsideAndTheStateStartsFromZero() throws IOException {
    Path path = dir.resolve("stats.json");
    Files.writeString(path, "{\"format\":2,\"album_cursor\":\"0:12", StandardCharsets.UTF_8);

    assertThat(at(path).load()).isEmpty();
    assertThat(names()).containsExactly("stats.json.corrupt-20261126T140839500Z");
    assertThat(Files.readString(dir.resolve("stats.json.corrupt-20261126T140839500Z")))
        .startsWith("{\"format\":2");
  }

  @Test
  void aStateOfRowIdCursorsIsSetAsideAndEverythingIsCountedAgain() throws IOException {
    Path path = dir.resolve("stats.json");
    String format1 =
        "{\"format\":1,\"album_cursor\":1234,\"single_cursor\":567,\"num_album_events\":1000,"
            + "\"max_album_track_count\":20,\"num_single_events\":500,"
            + "\"max_single_song_duration\":862.5,\"artist_events\":{},\"minute_buckets\":[]}";
    Files.writeString(path, format1, StandardCharsets.UTF_8);

    assertThat(at(path).load()).isEmpty();
    assertThat(names()).containsExactly("stats.json.format-1-20261126T140839500Z");
    assertThat(Files.readString(dir.resolve("stats.json.format-1-20261126T140839500Z")))
        .isEqualTo(format1);
  }

  @Test
  void implausibleValuesAndNonTextAreCorruptToo() throws IOException {
    Path path = dir.resolve("stats.json");
    at(path).save(state(4));
    Files.writeString(
        path, Files.readString(path).replace("\"num_album_events\":4", "\"num_album_events\":-4"));
    assertThat(file.load()).isEmpty();

    Files.write(path, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThat(file.load()).isEmpty();
    Files.writeString(path, "null");
    assertThat(file.load()).isEmpty();
    assertThat(Files.exists(path)).isFalse();
  }
}
