package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class TraceIdsTest {

  @Test
  void theSameKeyGivesTheSameTraceIdPerType() {
    String album = TraceIds.fromIdempotencyKey(EventType.NEW_ALBUM, "order-42");
    assertThat(TraceIds.fromIdempotencyKey(EventType.NEW_ALBUM, "order-42")).isEqualTo(album);
    assertThat(TraceIds.fromIdempotencyKey(EventType.NEW_SINGLE_SONG, "order-42"))
        .isNotEqualTo(album);
    assertThat(album).matches(Limits.UUID_PATTERN);
  }

  @Test
  void randomIdsAreCanonicalVersion7Uuids() {
    String id = TraceIds.random();
    assertThat(id).matches(Limits.UUID_PATTERN).isNotEqualTo(TraceIds.random());
    UUID uuid = UUID.fromString(id);
    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void aVersion7IdCarriesTheMillisecondItWasMadeIn() {
    Instant made = Instant.parse("2026-12-05T16:30:01.234Z");
    String id = new TimeOrderedIds(Clock.fixed(made, ZoneOffset.UTC)).next();
    assertThat(id).startsWith(String.format("%012x", made.toEpochMilli()).substring(0, 8));
    assertThat(TraceIds.timeOf(id)).contains(made);
    assertThat(TraceIds.timeOf(id.toUpperCase())).contains(made);
  }

  @Test
  void idsMadeInOneMillisecondAscend() {
    Clock frozen = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    TimeOrderedIds generator = new TimeOrderedIds(frozen);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ids.add(generator.next());
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void generatorsOnManyThreadsInTheSameMillisecondMakeNoIdTwice() throws Exception {
    Clock frozen = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    List<TimeOrderedIds> generators =
        List.of(new TimeOrderedIds(frozen), new TimeOrderedIds(frozen));
    Set<String> ids = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      TimeOrderedIds generator = generators.get(t % 2);
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 5000; i++) {
                  ids.add(generator.next());
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(ids).hasSize(4 * 5000);
  }

  @Test
  void idsWithoutATimeSaySo() {
    assertThat(TraceIds.timeOf(TraceIds.fromIdempotencyKey(EventType.NEW_ALBUM, "k"))).isEmpty();
    assertThat(TraceIds.timeOf(UUID.randomUUID().toString())).isEmpty();
    assertThat(TraceIds.timeOf("not-a-uuid")).isEmpty();
    assertThat(TraceIds.timeOf(null)).isEmpty();
  }

  @Test
  void canonicalFormIsLowerCaseAndRefusesAnythingButAUuid() {
    assertThat(TraceIds.canonical("0F8FAD5B-D9CB-469F-A165-70867728950E"))
        .contains("0f8fad5b-d9cb-469f-a165-70867728950e");
    assertThat(TraceIds.canonical("0f8fad5bd9cb469fa16570867728950e")).isEmpty();
    assertThat(TraceIds.canonical("0f8fad5b-d9cb-469f-a165-70867728950e ")).isEmpty();
    assertThat(TraceIds.canonical("")).isEmpty();
  }

  @Test
  void checksKeys() {
    assertThat(TraceIds.checkIdempotencyKey("abc-123_X")).isEmpty();
    assertThat(TraceIds.checkIdempotencyKey("")).isPresent();
    assertThat(TraceIds.checkIdempotencyKey("has space")).isPresent();
    assertThat(TraceIds.checkIdempotencyKey("é")).isPresent();
    assertThat(TraceIds.checkIdempotencyKey("k".repeat(201))).isPresent();
  }
}
