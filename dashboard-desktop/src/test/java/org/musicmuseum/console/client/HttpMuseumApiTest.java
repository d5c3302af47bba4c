package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;

class HttpMuseumApiTest {

  private static final String JSON = "application/json";

  private final StubServer server = StubServer.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Generous for answers that come, so that a loaded machine does not turn them into timeouts. */
  static HttpMuseumApi apiAt(int port) {
    return apiAt(port, Duration.ofSeconds(5));
  }

  private static HttpMuseumApi apiAt(int port, Duration timeout) {
    String base = "http://127.0.0.1:" + port;
    ConsoleSettings settings =
        new ConsoleSettings(
            URI.create(base + "/processing/"),
            URI.create(base + "/healthcheck/"),
            URI.create(base + "/audit_log/"),
            URI.create(base + "/"),
            Duration.ofSeconds(5),
            timeout);
    return new HttpMuseumApi(() -> settings);
  }

  /** Each request as {@code <path?query> Accept: <accept>}. */
  private List<String> asked() {
    return server.requests().stream()
        .map(r -> r.pathAndQuery() + " Accept: " + r.header("Accept").orElse("(none)"))
        .toList();
  }

  private HttpMuseumApi api() {
    return apiAt(server.port());
  }

  private static ServiceException failure(ThrowingCallable call) {
    return catchThrowableOfType(call, ServiceException.class);
  }

  @Test
  void statisticsAreReadFromProcessing() throws ServiceException {
    server.answerAll(
        StubAnswer.of(
            200,
            JSON,
            "{\"num_album_events\": 3, \"max_album_track_count\": 12, \"num_single_events\": 2,"
                + " \"max_single_song_duration\": 201.5}"));

    assertThat(api().stats().maxSongDuration()).isEqualTo(201.5);
    assertThat(asked()).containsExactly("/processing/stats Accept: application/json");
  }

  @Test
  void statusesAreReadFromTheHealthService() throws ServiceException {
    server.answerAll(
        StubAnswer.of(200, JSON, "{\"services\": {\"receiver\": {\"status\": \"Running\"}}}"));

    assertThat(api().health().service("receiver").orElseThrow().running()).isTrue();
    assertThat(asked()).containsExactly("/healthcheck/status Accept: application/json");
  }

  @Test
  void countsAreReadFromAudit() throws ServiceException {
    server.answerAll(
        StubAnswer.of(200, JSON, "{\"album\": 3, \"single_song\": 2, \"caught_up\": false}"));

    assertThat(api().auditCounts()).isEqualTo(new AuditCounts(3, 2, false));
    assertThat(asked()).containsExactly("/audit_log/counts Accept: application/json");
  }

  @Test
  void anEventIsLookedUpByTypeAndIndex() throws ServiceException {
    server.answerAll(
        StubAnswer.of(
            200,
            JSON,
            "{\"event\": {\"title\": \"Song\"}, \"partition\": 0, \"offset\": 9, \"timestamp\": \"t\"}"));

    AuditEntry entry = api().auditEntry(AuditType.SINGLE_SONG, 7);

    assertThat(entry.index()).isEqualTo(7);
    assertThat(entry.eventJson()).contains("\"title\": \"Song\"");
    assertThat(asked()).containsExactly("/audit_log/single_song?index=7 Accept: application/json");
  }

  @Test
  void anErrorStatusCarriesTheProblemDetail() {
    server.answerAll(
        StubAnswer.of(
            503,
            "application/problem+json",
            "{\"title\": \"Unavailable\", \"detail\": \"starting\"}"));

    ServiceException e = failure(() -> api().stats());

    assertThat(e.kind()).isEqualTo(Kind.ERROR_STATUS);
    assertThat(e.status()).isEqualTo(503);
    assertThat(e).hasMessage("The processing service answered 503: starting");
  }

  @Test
  void anErrorStatusWithoutProblemEndsTheSentence() {
    server.answerAll(StubAnswer.of(404, "text/html", "<h1>Not Found</h1>"));

    ServiceException e = failure(() -> api().auditEntry(AuditType.ALBUM, 3));

    assertThat(e.kind()).isEqualTo(Kind.ERROR_STATUS);
    assertThat(e.status()).isEqualTo(404);
    assertThat(e).hasMessage("The audit service answered 404.");
  }

  @Test
  void anAnswerThatIsNoJsonIsMalformed() {
    server.answerAll(StubAnswer.of(200, "text/html", "<html>proxy login</html>"));

    ServiceException e = failure(() -> api().health());

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.status()).isZero();
    assertThat(e)
        .hasMessage("The health service sent an answer that could not be read (not valid JSON).");
  }

  @Test
  void anAnswerWithAMistypedFieldIsMalformedNamingTheField() {
    server.answerAll(
        StubAnswer.of(
            200, JSON, "{\"album\": \"three\", \"single_song\": 2, \"caught_up\": true}"));

    ServiceException e = failure(() -> api().auditCounts());

    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(e.getMessage()).contains("could not be read", "'album' is missing or not a number");
  }

  @Test
  void noAnswerWithinTheTimeoutIsATimeout() {
    server.answerAll(StubAnswer.json("{}").heldBack());

    ServiceException e = failure(() -> apiAt(server.port(), Duration.ofMillis(500)).stats());

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e).hasMessage("The processing service cannot be reached (no answer within 0.5 s).");
  }

  @Test
  void nothingListeningIsUnreachable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }

    ServiceException e = failure(() -> apiAt(port).stats());

    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
    assertThat(e)
        .hasMessage(
            "The processing service cannot be reached (no connection to 127.0.0.1:" + port + ").");
  }

  @Test
  void timeoutsAreShownWithAPointWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(HttpMuseumApi.secs(Duration.ofMillis(500))).isEqualTo("0.5 s");
      assertThat(HttpMuseumApi.secs(Duration.ofSeconds(4))).isEqualTo("4 s");
    } finally {
      Locale.setDefault(before);
    }
  }
}
