package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.awaitility.core.ConditionFactory;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Storage replicas that write at the same time: events posted through the gateway while one replica
 * is killed with SIGKILL and started again; every accepted event is stored once, the statistics
 * equal the database, and the transaction log shows replicas' transactions overlapping.
 */
final class ScaleOutChecks {

  private static final DateTimeFormatter SQL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final TestStack museum;
  private final GatewayTraffic traffic;
  private final ConditionFactory patiently;

  ScaleOutChecks(TestStack museum, String gatewayUrl, ConditionFactory patiently) {
    this.museum = museum;
    this.traffic = new GatewayTraffic(gatewayUrl, museum);
    this.patiently = patiently;
  }

  /**
   * Posts {@code batches} batches of 100 mixed events; after half of them, kills {@code victim};
   * starts it again after the rest. Answers a line for the test's output.
   */
  String postKillingOne(int batches, String victim) {
    LocalStack stack = museum.stack();
    Instant from = Instant.now();
    long accepted = 0;
    for (int i = 0; i < batches / 2; i++) {
      accepted += traffic.postMixedBatch(100);
    }
    try {
      stack.killService(victim);
      for (int i = batches / 2; i < batches; i++) {
        accepted += traffic.postMixedBatch(100);
      }
    } finally {
      stack.startService(victim);
    }
    assertThat(accepted).as("events accepted").isEqualTo(batches * 100L);
    long expected = accepted;
    patiently.untilAsserted(
        () -> assertThat(traffic.storedBoth()).containsExactly(expected, expected));
    patiently.untilAsserted(this::assertStatisticsEqualTheDatabase);
    long overlapping = overlappingPairs(from);
    assertThat(overlapping)
        .as("pairs of transactions of different replicas that overlapped in time")
        .isPositive();
    return expected
        + " events stored once each with "
        + victim
        + " killed halfway; "
        + replicas(from)
        + " replica processes wrote; "
        + overlapping
        + " pairs of their transactions overlapped";
  }

  private void assertStatisticsEqualTheDatabase() {
    JsonObject stats = Http.json(museum.get("processing", "/stats"));
    assertThat(stats.getJsonNumber("num_album_events").longValue())
        .isEqualTo(museum.db().count("SELECT COUNT(*) FROM albums"));
    assertThat(stats.getJsonNumber("num_single_events").longValue())
        .isEqualTo(museum.db().count("SELECT COUNT(*) FROM single_songs"));
  }

  private long overlappingPairs(Instant from) {
    String since = sqlTime(from);
    return museum
        .db()
        .count(
            "SELECT COUNT(*) FROM store_transactions a JOIN store_transactions b"
                + " ON a.replica < b.replica AND a.started_at < b.finished_at"
                + " AND b.started_at < a.finished_at"
                + " WHERE a.started_at >= '"
                + since
                + "' AND b.started_at >= '"
                + since
                + "'");
  }

  private long replicas(Instant from) {
    return museum
        .db()
        .count(
            "SELECT COUNT(DISTINCT replica) FROM store_transactions WHERE started_at >= '"
                + sqlTime(from)
                + "'");
  }

  private static String sqlTime(Instant at) {
    return SQL_TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }
}
