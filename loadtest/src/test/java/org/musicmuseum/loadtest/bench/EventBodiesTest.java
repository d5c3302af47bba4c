package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.ParseResult;

class EventBodiesTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private final EventParser parser = new EventParser(FACTORY.getValidator());

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private boolean valid(EventType type, JsonValue body) {
    return parser.parseRequest(type, body, "0b9a8d6e-8f5c-4d1e-9a77-3c1b2e4f5a60")
        instanceof ParseResult.Valid<?>;
  }

  @Test
  void everyGeneratedAlbumAndSingleIsValid() {
    EventBodies bodies = new EventBodies(1);
    for (int i = 0; i < 2000; i++) {
      assertThat(valid(EventType.NEW_ALBUM, bodies.album())).isTrue();
      assertThat(valid(EventType.NEW_SINGLE_SONG, bodies.single())).isTrue();
    }
  }

  @Test
  void anNdjsonBatchHasOneValidRecordPerLineOfBothTypes() {
    String batch = new String(new EventBodies(2).ndjsonBatch(200), StandardCharsets.UTF_8);

    String[] lines = batch.split("\n");
    assertThat(lines).hasSize(200);
    int albums = 0;
    for (String line : lines) {
      JsonObject record = Json.createReader(new StringReader(line)).readObject();
      EventType type = EventType.fromWireName(record.getString("type")).orElseThrow();
      assertThat(valid(type, record.getJsonObject("payload"))).isTrue();
      albums += type == EventType.NEW_ALBUM ? 1 : 0;
    }
    assertThat(albums).isBetween(60, 140);
  }

  @Test
  void theSameSeedGivesTheSameBodies() {
    assertThat(new EventBodies(7).albums(3))
        .usingRecursiveComparison()
        .isEqualTo(new EventBodies(7).albums(3));
    assertThat(new EventBodies(7).album()).isNotEqualTo(new EventBodies(8).album());
  }
}
