package org.musicmuseum.loadtest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.http.RawHttpConnection.ResponseReader;

class ResponseReaderTest {

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void readsAnswersWithContentLengthOneAfterAnother() throws IOException {
    InputStream in =
        stream(
            "HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello"
                + "HTTP/1.1 400 Bad Request\r\ncontent-length: 2\r\n\r\n{}");

    assertThat(ResponseReader.read(in)).isEqualTo(new RawHttpConnection.Response(201, false));
    assertThat(ResponseReader.read(in)).isEqualTo(new RawHttpConnection.Response(400, false));
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  void skipsAChunkedBodyWithItsTrailers() throws IOException {
    InputStream in =
        stream(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\nabcd\r\nA\r\n0123456789\r\n0\r\nX-Trailer: y\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n");

    assertThat(ResponseReader.read(in).status()).isEqualTo(200);
    assertThat(ResponseReader.read(in).status()).isEqualTo(204);
  }

  @Test
  void notesWhenTheServerClosesTheConnection() throws IOException {
    InputStream in = stream("HTTP/1.1 503 Unavailable\r\nConnection: close\r\n\r\n");

    assertThat(ResponseReader.read(in)).isEqualTo(new RawHttpConnection.Response(503, true));
  }

  @Test
  void refusesWhatIsNotHttpOrEndsEarly() {
    assertThatThrownBy(() -> ResponseReader.read(stream("SSH-2.0-OpenSSH\r\n\r\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an HTTP/1.x answer");
    assertThatThrownBy(
            () -> ResponseReader.read(stream("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")))
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> ResponseReader.read(stream("HTTP/1.1 200 OK\r\nContent-")))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void aPreparedPostCarriesItsLengthAndBody() {
    byte[] request =
        RawHttpConnection.post(
            "127.0.0.1",
            8080,
            "/receiver/events/new_album",
            "application/json",
            "{\"a\":\"é\"}".getBytes(StandardCharsets.UTF_8));

    String text = new String(request, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("POST /receiver/events/new_album HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")
        .contains("Content-Type: application/json\r\nContent-Length: 10\r\n\r\n")
        .endsWith("{\"a\":\"é\"}");
  }
}
