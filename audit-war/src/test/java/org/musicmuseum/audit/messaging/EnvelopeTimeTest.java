package org.musicmuseum.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnvelopeTimeTest {

  @Test
  void readsTheDatetimeOfAnEnvelope() {
    assertThat(EnvelopeTime.of(Records.album("0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4")))
        .contains(Instant.parse("2026-11-25T10:15:30.123Z"));
  }

  @Test
  void anythingElseHasNoTime() {
    assertThat(EnvelopeTime.of(Records.poison())).isEmpty();
    assertThat(EnvelopeTime.of(null)).isEmpty();
    assertThat(EnvelopeTime.of("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(EnvelopeTime.of("{\"datetime\":\"soon\"}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(EnvelopeTime.of("{\"datetime\":7}".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
