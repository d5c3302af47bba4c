package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/** What the dashboard page must show, compared with what the services answer. */
final class DashboardExpectations {

  private final DashboardPage page;
  private final TestStack museum;
  private final EventPoster poster;

  DashboardExpectations(DashboardPage page, TestStack museum, EventPoster poster) {
    this.page = page;
    this.museum = museum;
    this.poster = poster;
  }

  /** The figures on the page are those of GET /processing/stats, which counts every event. */
  void pageShowsTheStats() {
    JsonObject stats = Http.json(museum.get("processing", "/stats"));
    long albums = stats.getJsonNumber("num_album_events").longValue();
    long singles = stats.getJsonNumber("num_single_events").longValue();
    assertThat(albums).isGreaterThanOrEqualTo(poster.albums());
    assertThat(singles).isGreaterThanOrEqualTo(poster.singles());
    assertThat(page.value("stat-albums")).isEqualTo(Long.toString(albums));
    assertThat(page.text("stat-albums").replace(",", "")).isEqualTo(Long.toString(albums));
    assertThat(page.value("stat-singles")).isEqualTo(Long.toString(singles));
    assertThat(page.text("stat-singles").replace(",", "")).isEqualTo(Long.toString(singles));
    assertThat(page.value("stat-max-tracks"))
        .isEqualTo(Long.toString(stats.getJsonNumber("max_album_track_count").longValue()));
    assertThat(new BigDecimal(page.value("stat-max-duration")))
        .isEqualByComparingTo(stats.getJsonNumber("max_single_song_duration").bigDecimalValue());
    assertThat(Instant.parse(page.value("stat-last-updated")))
        .isBeforeOrEqualTo(Instant.parse(stats.getString("last_updated")));
    assertThat(page.panelError("stats")).isEmpty();
  }

  /** The audit index holds at least every event posted. */
  boolean auditHoldsEverythingPosted() {
    JsonObject counts = Http.json(museum.get("audit", "/counts"));
    return counts.getJsonNumber("album").longValue() >= poster.albums()
        && counts.getJsonNumber("single_song").longValue() >= poster.singles();
  }

  /** The audit view shows the event of a GET /audit_log answer, with its partition and offset. */
  void auditViewShows(JsonObject expected) {
    assertThat(shownEvent()).isEqualTo(expected.getJsonObject("event"));
    assertThat(page.value("audit-partition"))
        .isEqualTo(Integer.toString(expected.getInt("partition")));
    assertThat(page.value("audit-offset"))
        .isEqualTo(Long.toString(expected.getJsonNumber("offset").longValue()));
    assertThat(page.value("audit-timestamp")).isEqualTo(expected.getString("timestamp"));
  }

  /**
   * The audit view shows the event with the trace id of a GET /audit_log answer (numbers such as a
   * duration of 120.0 may be written differently by the browser).
   */
  void auditViewShowsTheTraceIdOf(JsonObject expected) {
    assertThat(shownEvent().getJsonObject("payload").getString("trace_id"))
        .isEqualTo(expected.getJsonObject("event").getJsonObject("payload").getString("trace_id"));
  }

  private JsonObject shownEvent() {
    return Json.createReader(new StringReader(page.text("audit-json"))).readObject();
  }
}
