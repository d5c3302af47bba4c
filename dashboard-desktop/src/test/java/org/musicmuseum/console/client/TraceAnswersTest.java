package org.musicmuseum.console.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.musicmuseum.console.client.AnswersTest.json;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.EventTrace.Counted;
import org.musicmuseum.console.model.EventTrace.Hops;
import org.musicmuseum.console.model.EventTrace.Kafka;
import org.musicmuseum.console.model.EventTrace.Stored;

class TraceAnswersTest {

  private static final String ID = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4";

  private static final String COUNTED =
      """
      {"trace_id": "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4", "state": "counted",
       "accepted_at": "2026-12-05T16:30:01.234Z",
       "kafka": {"searched": true, "found": true, "partition": 2, "offset": 41,
                 "timestamp": "2026-12-05T16:30:01.250Z"},
       "stored": {"status": "stored", "table": "albums", "row_id": 17,
                  "at": "2026-12-05T16:30:01.400Z"},
       "counted": {"status": "counted", "run": 9, "at": "2026-12-05T16:30:05Z"},
       "hops": {"accepted_to_kafka_ms": 16, "kafka_to_stored_ms": 150,
                "stored_to_counted_ms": 3600}}
      """;

  /** Storage paused: the answer leaves out what it does not know. */
  private static final String IN_KAFKA =
      """
      {"trace_id": "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4", "state": "in_kafka",
       "accepted_at": "2026-12-05T16:30:01.234Z",
       "kafka": {"searched": true, "found": true, "partition": 2, "offset": 41,
                 "timestamp": "2026-12-05T16:30:01.250Z"},
       "stored": {"status": "unknown", "reason": "storage did not answer"},
       "counted": {"status": "not_counted"},
       "hops": {"accepted_to_kafka_ms": 16}}
      """;

  @Test
  void aCountedEventIsReadHopByHop() throws Malformed {
    EventTrace trace = TraceAnswers.trace(json(COUNTED));

    assertThat(trace.traceId()).isEqualTo(ID);
    assertThat(trace.state()).isEqualTo("counted");
    assertThat(trace.acceptedAt()).contains(Instant.parse("2026-12-05T16:30:01.234Z"));
    assertThat(trace.kafka())
        .isEqualTo(
            new Kafka(
                true,
                true,
                Optional.of(2),
                Optional.of(41L),
                Optional.of(Instant.parse("2026-12-05T16:30:01.250Z")),
                Optional.empty()));
    assertThat(trace.stored())
        .isEqualTo(
            new Stored(
                "stored",
                Optional.of("albums"),
                Optional.of(17L),
                Optional.of(Instant.parse("2026-12-05T16:30:01.400Z")),
                Optional.empty()));
    assertThat(trace.counted().run()).contains(9L);
    assertThat(trace.counted().done()).isTrue();
    assertThat(trace.hops())
        .isEqualTo(new Hops(Optional.of(16L), Optional.of(150L), Optional.of(3600L)));
  }

  @Test
  void whatTheServiceLeftOutIsEmpty() throws Malformed {
    EventTrace trace = TraceAnswers.trace(json(IN_KAFKA));

    assertThat(trace.stored().done()).isFalse();
    assertThat(trace.stored().reason()).contains("storage did not answer");
    assertThat(trace.stored().rowId()).isEmpty();
    assertThat(trace.counted())
        .isEqualTo(
            new Counted("not_counted", Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(trace.hops().kafkaToStoredMs()).isEmpty();
  }

  @Test
  void anAnswerWithoutItsStateIsMalformed() {
    assertThatThrownBy(() -> TraceAnswers.trace(json(COUNTED.replace("\"state\"", "\"stat\""))))
        .isInstanceOf(Malformed.class)
        .hasMessage("'state' is missing or not a string");
  }
}
