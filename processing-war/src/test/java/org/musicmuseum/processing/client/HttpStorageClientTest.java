package org.musicmuseum.processing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Positions;
import org.musicmuseum.processing.domain.AlbumRow;
import org.musicmuseum.processing.domain.EventPage;
import org.musicmuseum.processing.domain.SingleRow;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;

/** The client against a small in-process HTTP server that answers like storage. */
class HttpStorageClientTest {

  private static final String ALBUMS =
      "{\"events\":[{\"id\":41,\"trace_id\":\"3f0c\",\"album_id\":7,\"album_name\":\"Kind of Blue\","
          + "\"artist_name\":\"Miles Davis\",\"album_track_count\":5,"
          + "\"date_created\":\"2026-11-26T14:08:39.322874Z\","
          + "\"received_at\":\"2026-11-26T14:08:40Z\",\"kafka_partition\":0,\"kafka_offset\":3}],"
          + "\"next_cursor\":\"0:3\"}";
  private static final String LAST_SINGLES =
      "{\"events\":[{\"id\":9,\"trace_id\":\"a1\",\"song_id\":3,\"song_name\":\"So What\","
          + "\"artist_name\":\"Miles Davis\",\"song_duration\":562.5,"
          + "\"date_created\":\"2026-11-26T14:08:39Z\",\"received_at\":\"2026-11-26T14:08:40Z\","
          + "\"kafka_partition\":1,\"kafka_offset\":0}]}";

  private volatile int status = 200;
  private volatile String albumsBody = ALBUMS;
  private StubServer server;
  private HttpStorageClient client;

  @BeforeEach
  void start() {
    server =
        StubServer.start()
            .answerAll(
                request ->
                    StubAnswer.json(
                        status, request.path().endsWith("new_album") ? albumsBody : LAST_SINGLES));
    client =
        new HttpStorageClient(
            "http://127.0.0.1:" + server.port() + "/storage/",
            Duration.ofSeconds(2),
            Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
  }

  @Test
  void readsAPageOfAlbumsAfterTheCursor() throws Exception {
    EventPage<AlbumRow> page =
        client.albums(Positions.parse("0:2,1:7").orElseThrow(), 1000).await();

    assertThat(server.paths())
        .containsExactly("/storage/events/new_album?order=offset&limit=1000&cursor=0%3A2%2C1%3A7");
    assertThat(page.events())
        .containsExactly(
            new AlbumRow(0, 3, "Miles Davis", 5, Instant.parse("2026-11-26T14:08:39.322874Z")));
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void theLastPageHasNoNextCursor() throws Exception {
    EventPage<SingleRow> page = client.singles(Positions.start(), 10).await();

    assertThat(server.paths())
        .containsExactly("/storage/events/new_single_song?order=offset&limit=10&cursor=");
    assertThat(page.events())
        .containsExactly(
            new SingleRow(1, 0, "Miles Davis", 562.5, Instant.parse("2026-11-26T14:08:39Z")));
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void anErrorStatusIsAnIoError() {
    status = 503;

    assertThatThrownBy(() -> client.albums(Positions.start(), 10).await())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("503");
  }

  @Test
  void anUnreadablePageIsAnIoError() {
    albumsBody = "<html>not json</html>";
    assertThatThrownBy(() -> client.albums(Positions.start(), 10).await())
        .isInstanceOf(IOException.class);

    albumsBody = "{\"events\":[{\"id\":1,\"album_track_count\":2}]}";
    assertThatThrownBy(() -> client.albums(Positions.start(), 10).await())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("artist_name");
  }

  @Test
  void anUnreachableStorageIsAnIoError() throws Exception {
    int port = server.port();
    server.down();
    try (HttpStorageClient unreachable =
        new HttpStorageClient(
            "http://127.0.0.1:" + port + "/storage",
            Duration.ofSeconds(2),
            Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> unreachable.albums(Positions.start(), 10).await())
          .isInstanceOf(IOException.class);
    }
  }
}
