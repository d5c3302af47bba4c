package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;

/** The pipeline report from the health service and the trace lookup from audit, over HTTP. */
class PipelineAndTraceHttpTest {

  private static final String ID = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4";
  private static final String ITEM = "{\"at\": null, \"error\": null}";

  private final StubServer server = StubServer.start();
  private final HttpMuseumApi api = HttpMuseumApiTest.apiAt(server.port());

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void thePipelineIsReadFromTheHealthService() throws ServiceException {
    server.answerAll(
        StubAnswer.json(
            "{\"ingest\": "
                + ITEM
                + ", \"storage_lag\": {\"events\": 5, \"at\": \"2026-12-05T22:01:02Z\"},"
                + " \"freshness\": "
                + ITEM
                + ", \"quarantined\": "
                + ITEM
                + ", \"skipped\": "
                + ITEM
                + "}"));

    assertThat(api.pipeline().storageLag().events()).contains(5L);
    assertThat(server.paths()).containsExactly("/healthcheck/pipeline");
  }

  @Test
  void anEventIsLookedUpByItsTraceIdAtAudit() throws ServiceException {
    server.answerAll(
        StubAnswer.json(
            "{\"trace_id\": \""
                + ID
                + "\", \"state\": \"in_kafka\", \"kafka\": {\"searched\": true, \"found\": true},"
                + " \"stored\": {\"status\": \"unknown\"}, \"counted\": {\"status\": \"unknown\"}}"));

    assertThat(api.trace(ID).state()).isEqualTo("in_kafka");
    assertThat(server.paths()).containsExactly("/audit_log/trace/" + ID);
  }

  @Test
  void whatIsTypedStaysOnePathSegment() {
    server.answerAll(StubAnswer.problem(400, "trace_id must be a UUID."));

    catchThrowableOfType(() -> api.trace("a/b c?d"), ServiceException.class);

    assertThat(server.paths()).containsExactly("/audit_log/trace/a%2Fb%20c%3Fd");
  }

  @Test
  void anUnknownIdIsA404() {
    server.answerAll(StubAnswer.problem(404, "No event has trace id " + ID + "."));

    ServiceException e = catchThrowableOfType(() -> api.trace(ID), ServiceException.class);

    assertThat(e.kind()).isEqualTo(Kind.ERROR_STATUS);
    assertThat(e.status()).isEqualTo(404);
  }

  @Test
  void aMalformedIdIsA400WithTheProblemsDetail() {
    server.answerAll(StubAnswer.problem(400, "trace_id must be a UUID."));

    ServiceException e = catchThrowableOfType(() -> api.trace("nope"), ServiceException.class);

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.detail()).isEqualTo("trace_id must be a UUID.");
    assertThat(e).hasMessage("The audit service answered 400: trace_id must be a UUID.");
  }
}
