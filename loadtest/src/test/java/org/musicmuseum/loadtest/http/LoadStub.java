package org.musicmuseum.loadtest.http;

import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;
import org.musicmuseum.testkit.StubAnswer;
import org.musicmuseum.testkit.StubServer;

/** The kit's stub server as the load generators meet it, and the request they send it. */
final class LoadStub {

  private LoadStub() {}

  /** Reads each request and answers the n-th (from 1) with {@code status(n)}. */
  static StubServer answering(IntUnaryOperator status) {
    return StubServer.start()
        .answerAll(r -> StubAnswer.json(status.applyAsInt(r.number()), "{\"ok\":true}"));
  }

  /** A prepared POST of {@code {}} to {@code server}. */
  static byte[] post(StubServer server) {
    return RawHttpConnection.post(
        "127.0.0.1",
        server.port(),
        "/e",
        "application/json",
        "{}".getBytes(StandardCharsets.UTF_8));
  }
}
