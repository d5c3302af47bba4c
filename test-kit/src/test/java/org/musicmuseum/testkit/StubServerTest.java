package org.musicmuseum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StubServerTest {

  private final Http http = new Http(Duration.ofSeconds(10));
  private StubServer stub;

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void answersEachPathBelowItsBaseAndRecordsTheRequests() {
    stub = StubServer.below("/processing").answer("/stats", StubAnswer.json("{\"n\":1}"));

    HttpResponse<String> stats = http.get(stub.url() + "/stats", "Accept", Http.JSON);
    HttpResponse<String> other = http.get(stub.url() + "/nope?x=1");

    assertThat(stats.statusCode()).isEqualTo(200);
    assertThat(stats.body()).isEqualTo("{\"n\":1}");
    assertThat(stats.headers().firstValue("Content-Type")).hasValue(Http.JSON);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(Problems.isProblem(other)).isTrue();
    assertThat(Http.json(other).getString("detail")).isEqualTo("no stub for /nope?x=1");
    assertThat(stub.paths()).containsExactly("/stats", "/nope?x=1");
    assertThat(stub.requests().get(0).header("accept")).hasValue(Http.JSON);
    assertThat(stub.requests().get(1).path()).isEqualTo("/nope");
    assertThat(stub.url().toString()).isEqualTo("http://127.0.0.1:" + stub.port() + "/processing");
  }

  @Test
  void aResponderAnswersByRequestNumberAndSeesTheBody() {
    stub = StubServer.start().answerAll(r -> StubAnswer.json(r.number() % 2 == 0 ? 201 : 400, ""));

    HttpResponse<String> first = http.post(stub.url() + "/e", Http.JSON, "{\"a\":1}");
    HttpResponse<String> second = http.post(stub.url() + "/e", Http.JSON, "{}");

    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.body()).isEmpty();
    assertThat(stub.seen()).isEqualTo(2);
    assertThat(stub.requests().get(0).body()).isEqualTo("{\"a\":1}");
    assertThat(stub.requests().get(0).method()).isEqualTo("POST");
  }

  @Test
  void aHeldAnswerComesOnlyAfterTheClientGaveUp() {
    stub = StubServer.start().answerAll(StubAnswer.json("{}").heldBack());
    Http impatient = new Http(Duration.ofMillis(300));

    assertThatThrownBy(() -> impatient.get(stub.url() + "/slow"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("timed out");
    assertThat(stub.seen()).isEqualTo(1);
  }

  @Test
  void goesDownAndComesBackOnTheSamePort() {
    stub = StubServer.start().answerAll(StubAnswer.of(200, "text/plain", "up"));
    String url = stub.url() + "/";

    stub.down();
    assertThatThrownBy(() -> http.get(url)).isInstanceOf(UncheckedIOException.class);
    stub.up();

    assertThat(http.get(url).body()).isEqualTo("up");
  }
}
