package org.musicmuseum.storage.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.Samples;
import org.musicmuseum.testkit.TestStack;

/**
 * One POST through receiver, Kafka and storage is one W3C trace: the receiver continues the
 * client's traceparent, puts its span onto the record, and storage's span for that record is its
 * child. Both servers export with OpenTelemetry's logging exporter (spans in messages.log), so no
 * collector is needed. The receiver logs JSON to its console, as in containers.
 */
class TraceAcrossKafkaIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String W3C_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  private static final String CLIENT_SPAN_ID = "b7ad6b7169203331";

  private static TestStack stack;

  @BeforeAll
  static void start() {
    stack =
        TestStack.start(
            "storage-war",
            "trace",
            s ->
                s.services("receiver", "storage")
                    .envOf("receiver", "OTEL_TRACES_EXPORTER", "logging")
                    .envOf("receiver", "WLP_LOGGING_CONSOLE_FORMAT", "JSON")
                    .envOf("storage", "OTEL_TRACES_EXPORTER", "logging"));
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  private static String messages(String service) {
    try {
      return Files.readString(stack.logDir(service).resolve("messages.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A span the logging exporter wrote ({@code 'name' : traceId spanId KIND [tracer: …] attributes})
   * in the test's trace, of this kind; group 1 is its span id.
   */
  private static Matcher span(String service, String kind, String lineHas) {
    return Pattern.compile(
            "'[^'\n]*' : "
                + W3C_TRACE_ID
                + " ([0-9a-f]{16}) "
                + kind
                + "[^\n]*"
                + Pattern.quote(lineHas))
        .matcher(messages(service));
  }

  @Test
  void jsonLogRecordsWrittenWhileARequestIsHandledCarryItsTraceId() {
    String w3cTraceId = "5bf92f3577b34da6a3ce929d0e0e4737";
    HttpResponse<String> response =
        stack
            .http()
            .get(
                stack.serverUrl("receiver", "/health/ready"),
                "traceparent",
                "00-" + w3cTraceId + "-" + CLIENT_SPAN_ID + "-01");
    assertThat(response.statusCode()).isEqualTo(200);

    // The logging exporter writes the request's span as it ends, still on the request's thread.
    Path console = stack.logDir("receiver").resolve("console.log");
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(Files.readAllLines(console))
                    .anyMatch(
                        line ->
                            line.startsWith("{")
                                && line.contains("\"ext_traceId\":\"" + w3cTraceId + "\"")));
  }

  @Test
  void aPostIsOneTraceFromTheReceiversSpanToStoragesSpanOfItsRecord() {
    HttpResponse<String> response =
        stack.post(
            "receiver",
            "/events/new_album",
            Http.JSON,
            Samples.ALBUM,
            "traceparent",
            "00-" + W3C_TRACE_ID + "-" + CLIENT_SPAN_ID + "-01");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String traceId = Http.json(response).getString("trace_id");

    ConsumerRecord<byte[], byte[]> record =
        stack.topicRecords().stream()
            .filter(r -> r.key() != null && traceId.equals(new String(r.key(), UTF_8)))
            .findFirst()
            .orElseThrow();
    String traceparent = new String(record.headers().lastHeader("traceparent").value(), UTF_8);
    String receiverSpanId = traceparent.split("-")[2];

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              Matcher server = span("receiver", "SERVER", "");
              assertThat(server.find()).as("the receiver's server span").isTrue();
              assertThat(server.group(1)).isEqualTo(receiverSpanId);
              Matcher consumer = span("storage", "CONSUMER", traceId);
              assertThat(consumer.find()).as("storage's span of the record").isTrue();
            });
    assertThat(stack.db().count("SELECT COUNT(*) FROM albums WHERE trace_id = '" + traceId + "'"))
        .isEqualTo(1);
  }
}
