package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.audit.index.IndexEntry;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.TraceIds;

class EntryExtractorTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  @Test
  void indexesValidEnvelopesInOrderAndSkipsTheRest() {
    EntryExtractor extractor = new EntryExtractor(new EventParser(FACTORY.getValidator()));
    var extracted =
        extractor.extract(
            List.of(
                Records.album(1, 0),
                Records.at(0, 0, Records.poison()),
                Records.at(0, 1, Records.single(TraceIds.random())),
                Records.at(0, 2, null),
                Records.at(
                    1,
                    1,
                    "{\"type\":\"new_album\",\"datetime\":\"2026-01-01T00:00:00Z\",\"payload\":{}}"
                        .getBytes(StandardCharsets.UTF_8)),
                Records.at(1, 2, Records.single("not-a-uuid")),
                Records.album(0, 3)));

    assertThat(extracted.entries())
        .containsExactly(
            IndexEntry.of(EventType.NEW_ALBUM, 1, 0),
            IndexEntry.of(EventType.NEW_SINGLE_SONG, 0, 1),
            IndexEntry.of(EventType.NEW_ALBUM, 0, 3));
    assertThat(extracted.skipped()).isEqualTo(4);
  }
}
