package org.musicmuseum.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.EventCodec;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.MusicEvent;
import org.musicmuseum.events.NewAlbumEvent;
import org.musicmuseum.events.NewSingleSongEvent;
import org.musicmuseum.events.TraceIds;
import org.musicmuseum.kit.metrics.MetricNames;
import org.musicmuseum.kit.metrics.PrometheusText;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/** Storage in its own Liberty server, consuming a real broker into a real MariaDB. */
class StorageIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Storage in its Liberty server against a real broker and DB. */
  private static TestStack storage;

  private final EventCodec codec = new EventCodec();

  @BeforeAll
  static void start() {
    storage = TestStack.start("storage-war", stack -> stack.services("storage"));
  }

  @AfterAll
  static void stop() {
    if (storage != null) {
      storage.close();
    }
  }

  private String send(MusicEvent event, Instant at, int partition) {
    storage.producer().send(partition, event.traceId(), codec.toBytes(EventEnvelope.of(event, at)));
    return event.traceId();
  }

  private static String inList(Set<String> traceIds) {
    return "('" + String.join("','", traceIds) + "')";
  }

  private long stored(String table, Set<String> traceIds) {
    return storage
        .db()
        .count("SELECT COUNT(*) FROM " + table + " WHERE trace_id IN " + inList(traceIds));
  }

  @Test
  void validEventsAreStoredOnceWithTheirOrigin() {
    Instant at = Instant.parse("2026-11-25T10:15:30.123456Z");
    Set<String> albums = new HashSet<>();
    Set<String> singles = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      albums.add(
          send(
              new NewAlbumEvent(TraceIds.random(), i + 1L, "Album " + i, "Artist ✓", 1 + i % 20),
              at,
              i % 2));
      if (i < 200) {
        singles.add(
            send(
                new NewSingleSongEvent(TraceIds.random(), i + 1L, "Song " + i, "Artist", 60.25 + i),
                at,
                i % 2));
      }
    }

    await()
        .atMost(PATIENCE)
        .until(() -> stored("albums", albums) == 300 && stored("single_songs", singles) == 200);
    String one = albums.iterator().next();
    assertThat(
            storage
                .db()
                .strings(
                    "SELECT CONCAT(artist_name, '|', DATE_FORMAT(date_created, '%Y-%m-%dT%H:%i:%s.%f'), '|', kafka_offset >= 0)"
                        + " FROM albums WHERE trace_id = '"
                        + one
                        + "'"))
        .containsExactly("Artist ✓|2026-11-25T10:15:30.123456|1");
  }

  @Test
  void theSameEventSentTwiceIsStoredOnce() {
    var album = new NewAlbumEvent(TraceIds.random(), 5L, "Twice", "Echo", 2);
    Instant at = Instant.now();
    send(album, at, 0);
    send(album, at, 1);
    var marker = new NewAlbumEvent(TraceIds.random(), 6L, "After", "Echo", 2);
    send(marker, at, 0);
    send(new NewAlbumEvent(TraceIds.random(), 7L, "After", "Echo", 2), at, 1);

    await().atMost(PATIENCE).until(() -> stored("albums", Set.of(marker.traceId())) == 1);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                storage
                        .db()
                        .count(
                            "SELECT COUNT(*) FROM albums WHERE album_name = 'After' AND artist_name = 'Echo'")
                    == 2);
    assertThat(stored("albums", Set.of(album.traceId()))).isEqualTo(1);
  }

  @Test
  void poisonIsQuarantinedAndDoesNotStallItsPartition() {
    long quarantinedBefore = storage.db().count("SELECT COUNT(*) FROM quarantine");
    storage.producer().send(0, "p1", "not json".getBytes(StandardCharsets.UTF_8));
    storage
        .producer()
        .send(0, "p2", "{\"type\":\"new_album\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8));
    storage
        .producer()
        .send(
            0,
            "p3",
            ("{\"junk\":\"" + "x".repeat(900_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    storage.producer().send(0, null, null);
    String after =
        send(new NewAlbumEvent(TraceIds.random(), 1L, "After poison", "X", 1), Instant.now(), 0);

    await().atMost(PATIENCE).until(() -> stored("albums", Set.of(after)) == 1);
    assertThat(storage.db().count("SELECT COUNT(*) FROM quarantine"))
        .isEqualTo(quarantinedBefore + 4);
    assertThat(storage.db().count("SELECT MAX(value_size) FROM quarantine WHERE record_key = 'p3'"))
        .isGreaterThan(900_000);
  }

  /** Storage's counters of a scrape: stored albums and singles, de-duplicated, quarantined. */
  private static List<Double> counters(PrometheusText metrics) {
    String stored = MetricNames.STORAGE_STORED + MetricNames.COUNTER;
    return List.of(
        metrics.sum(stored, Map.of("type", "new_album")),
        metrics.sum(stored, Map.of("type", "new_single_song")),
        metrics.sum(MetricNames.STORAGE_DEDUPLICATED + MetricNames.COUNTER, Map.of()),
        metrics.sum(MetricNames.STORAGE_QUARANTINED + MetricNames.COUNTER, Map.of()));
  }

  private static List<Double> plus(List<Double> before, double... deltas) {
    List<Double> sum = new ArrayList<>();
    for (int i = 0; i < deltas.length; i++) {
      sum.add(before.get(i) + deltas[i]);
    }
    return sum;
  }

  @Test
  void metricsCountWhatWasCommittedOnce() {
    PrometheusText before = storage.metrics("storage");
    String transactions = MetricNames.STORAGE_TRANSACTION + MetricNames.TIMER + "_count";
    Instant at = Instant.now();
    var twice = new NewAlbumEvent(TraceIds.random(), 8L, "Counted once", "Echo", 2);
    send(twice, at, 0);
    send(twice, at, 1);
    for (int i = 0; i < 3; i++) {
      send(new NewAlbumEvent(TraceIds.random(), 9L + i, "Counted", "Echo", 2), at, i % 2);
    }
    for (int i = 0; i < 2; i++) {
      send(new NewSingleSongEvent(TraceIds.random(), 9L + i, "Counted", "Echo", 61.5), at, i % 2);
    }
    storage.producer().send(1, "m1", "not json".getBytes(StandardCharsets.UTF_8));

    List<Double> expected = plus(counters(before), 4, 2, 1, 1);
    await().atMost(PATIENCE).until(() -> counters(storage.metrics("storage")).equals(expected));
    PrometheusText after = storage.metrics("storage");
    assertThat(counters(after)).isEqualTo(expected);
    assertThat(after.sum(transactions, Map.of())).isGreaterThan(before.sum(transactions, Map.of()));
    assertThat(
            after.sum(MetricNames.STORAGE_BATCH_SIZE + "_sum", Map.of())
                - before.sum(MetricNames.STORAGE_BATCH_SIZE + "_sum", Map.of()))
        .isEqualTo(8);
    JsonObject consumer =
        storage.readiness("storage").getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(check -> check.getString("name").equals("kafka-consumer"))
            .findFirst()
            .orElseThrow();
    assertThat(consumer.getJsonObject("data").getJsonNumber("stored").doubleValue())
        .as("readiness reports the stored counters")
        .isEqualTo(expected.get(0) + expected.get(1));
  }

  @Test
  void listsByHalfOpenTimeRangeInBoundedPages() {
    Instant t0 = Instant.parse("2001-02-03T04:05:00Z");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String traceId =
          send(
              new NewSingleSongEvent(TraceIds.random(), i + 1L, "T" + i, "Clock", 1.0 + i),
              t0.plusSeconds(i),
              0);
      if (i >= 5 && i < 15) {
        expected.add(traceId);
      }
    }
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                storage.db().count("SELECT COUNT(*) FROM single_songs WHERE artist_name = 'Clock'")
                    == 25);

    List<String> seen = new ArrayList<>();
    String query =
        "/events/new_single_song?timestamp=2001-02-03T04:05:05Z&end_timestamp=2001-02-03T04:05:15Z&limit=4";
    String cursor = "";
    int pages = 0;
    do {
      HttpResponse<String> response = storage.get("storage", query + cursor);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject page = Http.json(response);
      page.getJsonArray("events")
          .getValuesAs(JsonObject.class)
          .forEach(e -> seen.add(e.getString("trace_id")));
      cursor = page.containsKey("next_cursor") ? "&cursor=" + page.getString("next_cursor") : null;
      pages++;
    } while (cursor != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void listsInKafkaOrderWithACursorPerPartition() {
    Instant t0 = Instant.parse("2002-03-04T05:06:00Z");
    Set<String> sent = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      sent.add(
          send(
              new NewAlbumEvent(TraceIds.random(), i + 1L, "K" + i, "Kafka order", 1),
              t0.plusSeconds(i),
              i % 2));
    }
    await().atMost(PATIENCE).until(() -> stored("albums", sent) == 30);

    String query =
        "/events/new_album?order=offset&limit=7&timestamp=2002-03-04T05:06:00Z"
            + "&end_timestamp=2002-03-04T05:07:00Z";
    List<JsonObject> rows = new ArrayList<>();
    String cursor = "";
    do {
      HttpResponse<String> response = storage.get("storage", query + cursor);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject page = Http.json(response);
      rows.addAll(page.getJsonArray("events").getValuesAs(JsonObject.class));
      cursor = page.containsKey("next_cursor") ? "&cursor=" + page.getString("next_cursor") : null;
      if (cursor != null) {
        assertThat(page.getString("next_cursor")).matches("\\d+:\\d+(,\\d+:\\d+)*");
      }
    } while (cursor != null);

    assertThat(rows)
        .extracting(r -> r.getString("trace_id"))
        .containsExactlyInAnyOrderElementsOf(sent);
    List<Long> positions =
        rows.stream()
            .map(
                r ->
                    r.getInt("kafka_partition") * 1_000_000_000L
                        + r.getJsonNumber("kafka_offset").longValue())
            .toList();
    assertThat(positions).as("partition, then offset").isSorted();
  }

  @Test
  void eachTransactionIsLoggedWithItsReplica() {
    Set<String> albums = sendAlbums(10, "Logged", "Ledger", 4);
    await().atMost(PATIENCE).until(() -> stored("albums", albums) == 10);
    assertThat(
            storage
                .db()
                .count(
                    "SELECT COUNT(*) FROM store_transactions WHERE replica LIKE '%@%'"
                        + " AND finished_at >= started_at AND events > 0 AND partitions <> ''"))
        .isPositive();
    assertThat(
            storage
                .db()
                .count(
                    "SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = 'write_order'"))
        .as("the lock of one writer at a time is gone")
        .isZero();
  }

  /**
   * A zombie: another replica's transaction that holds the rows of a record and has not committed
   * (it lost the partition in a rebalance). The new owner's insert of the same record waits for it,
   * so nothing later in the partition becomes visible first; when the zombie commits, the record is
   * stored once (the zombie's row) and the later one after it.
   */
  @Test
  void aZombieTransactionHoldingTheSameRecordKeepsTheLaterOnesOfThePartitionBack()
      throws Exception {
    var zombie = new NewAlbumEvent(TraceIds.random(), 11L, "Zombie", "Undead", 3);
    var later = new NewAlbumEvent(TraceIds.random(), 12L, "Later", "Undead", 3);
    var db = storage.db();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO albums (trace_id, album_id, album_name, artist_name, album_track_count,"
                + " date_created, received_at, kafka_partition, kafka_offset) VALUES ('"
                + zombie.traceId()
                + "', 11, 'Zombie', 'Undead', 3, NOW(6), NOW(6), 0, 999999)");
      }
      send(zombie, Instant.now(), 0);
      send(later, Instant.now(), 0);
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  db.count(
                          "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                              + " WHERE INFO LIKE 'INSERT INTO albums%' AND TIME >= 1")
                      > 0);
      assertThat(stored("albums", Set.of(later.traceId())))
          .as("the later record waits behind the zombie")
          .isZero();
      c.commit();
    }
    await().atMost(PATIENCE).until(() -> stored("albums", Set.of(later.traceId())) == 1);
    assertThat(
            storage
                .db()
                .count(
                    "SELECT kafka_offset FROM albums WHERE trace_id = '" + zombie.traceId() + "'"))
        .as("stored once: the zombie's row")
        .isEqualTo(999999);
    assertThat(stored("albums", Set.of(zombie.traceId()))).isEqualTo(1);
  }

  @Test
  void recordsRedeliveredAfterARestartAreNotStoredTwice() throws Exception {
    Set<String> albums = sendAlbums(50, "Again", "Replay", 3);
    await().atMost(PATIENCE).until(() -> stored("albums", albums) == 50);
    long albumsBefore = storage.db().count("SELECT COUNT(*) FROM albums");
    long singlesBefore = storage.db().count("SELECT COUNT(*) FROM single_songs");

    storage.stack().stopService("storage");
    StorageGroup.rewind(storage.stack().kafkaBootstrap());
    storage.stack().startService("storage");

    await().atMost(PATIENCE).until(() -> StorageGroup.caughtUp(storage.stack().kafkaBootstrap()));
    assertThat(storage.db().count("SELECT COUNT(*) FROM albums")).isEqualTo(albumsBefore);
    assertThat(storage.db().count("SELECT COUNT(*) FROM single_songs")).isEqualTo(singlesBefore);
    assertThat(stored("albums", albums)).isEqualTo(50);
  }

  @Test
  void eventsWaitWhileTheDatabaseIsDownAndAreStoredWhenItReturns() {
    String ready = storage.serverUrl("storage", "/health/ready");
    Set<String> albums;
    storage.stack().stopDb();
    try {
      albums = sendAlbums(20, "Outage", "Down", 2);
      await().atMost(PATIENCE).until(() -> storage.http().get(ready).statusCode() == 503);
    } finally {
      storage.stack().startDb();
    }
    await().atMost(PATIENCE).until(() -> stored("albums", albums) == 20);
    storage.awaitReady("storage", PATIENCE);
  }

  @Test
  void badQueriesAreRefusedByName() {
    for (String query :
        List.of(
            "?timestamp=yesterday",
            "?limit=0",
            "?limit=100000",
            "?cursor=-1",
            "?order=random",
            "?order=offset&cursor=5",
            "?order=offset&cursor=0:1,0:2",
            "?timestamp=2026-01-02T00:00:00Z&end_timestamp=2026-01-01T00:00:00Z")) {
      HttpResponse<String> response = storage.get("storage", "/events/new_album" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
    }
    assertThat(storage.get("storage", "/events/new_song").statusCode()).isEqualTo(404);
  }

  @Test
  void isReadyWithItsDatabaseAndConsumer() {
    storage.awaitReadiness("storage", 200, PATIENCE, "\"database\"", "\"kafka-consumer\"");
    assertThat(storage.getServer("storage", "/openapi").body())
        .contains("/storage", "/events/{type}");
  }

  /** Sends {@code count} albums to the topic, alternating partitions; answers their trace ids. */
  private Set<String> sendAlbums(int count, String title, String artist, int tracks) {
    Set<String> albums = new HashSet<>();
    for (int i = 0; i < count; i++) {
      albums.add(
          send(
              new NewAlbumEvent(TraceIds.random(), i + 1L, title, artist, tracks),
              Instant.now(),
              i % 2));
    }
    return albums;
  }
}
