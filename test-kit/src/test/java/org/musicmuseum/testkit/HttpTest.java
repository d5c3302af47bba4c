package org.musicmuseum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpTest {

  private final Http http = new Http(Duration.ofSeconds(10));
  private final StubServer stub = StubServer.start();

  @AfterEach
  void close() {
    stub.close();
  }

  @Test
  void aPostCarriesItsTypeAndHeadersAndTheAnswerComesBackWhateverItsStatus() {
    stub.answerAll(StubAnswer.problem(409, "taken"));

    HttpResponse<String> response =
        http.post(stub.url() + "/events", Http.JSON, "{}", "Idempotency-Key", "k-1");

    assertThat(response.statusCode()).isEqualTo(409);
    StubRequest request = stub.requests().get(0);
    assertThat(request.header("Content-Type")).hasValue(Http.JSON);
    assertThat(request.header("Idempotency-Key")).hasValue("k-1");
    assertThat(Http.json(response).getString("detail")).isEqualTo("taken");
  }

  @Test
  void headersComeInPairs() {
    assertThatThrownBy(() -> http.get(stub.url() + "/", "Accept"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonOfAnUnexpectedStatusIsAnAssertionErrorWithTheBody() {
    stub.answerAll(StubAnswer.json(503, "{\"detail\":\"starting\"}"));

    HttpResponse<String> response = http.get(stub.url() + "/stats");

    assertThatThrownBy(() -> Http.jsonOf(response, 200))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("503", "/stats", "starting");
    assertThat(Http.jsonOf(response, 503).getString("detail")).isEqualTo("starting");
  }

  @Test
  void aProperClientErrorProblemHasNothingWrong() {
    stub.answerAll(StubAnswer.problem(400, "bad"));

    assertThat(Problems.wrongIn(http.get(stub.url() + "/"))).isEmpty();
  }

  @Test
  void whatKeepsAnAnswerFromBeingAProblemIsNamed() {
    stub.answer("/500", StubAnswer.problem(500, "boom"))
        .answer("/html", StubAnswer.of(404, "text/html", "<h1>no</h1>"))
        .answer("/untitled", StubAnswer.of(400, Http.PROBLEM_JSON, "{\"status\":400}"))
        .answer("/text", StubAnswer.of(400, Http.PROBLEM_JSON, "not json"));

    assertThat(Problems.wrongIn(http.get(stub.url() + "/500")))
        .hasValueSatisfying(w -> assertThat(w).startsWith("status 500"));
    assertThat(Problems.wrongIn(http.get(stub.url() + "/html")))
        .hasValue("404 as text/html: <h1>no</h1>");
    assertThat(Problems.wrongIn(http.get(stub.url() + "/untitled")))
        .hasValueSatisfying(w -> assertThat(w).contains("does not say so"));
    assertThat(Problems.wrongIn(http.get(stub.url() + "/text")))
        .hasValueSatisfying(w -> assertThat(w).contains("not a problem"));
  }
}
