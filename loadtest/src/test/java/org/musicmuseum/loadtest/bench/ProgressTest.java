package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.chart.Marker;

class ProgressTest {

  @Test
  void eachPhaseIsPrintedWithItsTitleAndRememberedWithItsLabel() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Progress progress = new Progress(new PrintStream(buffer, true, StandardCharsets.UTF_8), 8);

    progress.phase(1, "stack start", "starting Kafka, the DB and six services");
    progress.phase(2, "receiver", "receiver: single-event POSTs");

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("(1/8) starting Kafka, the DB and six services")
        .contains("(2/8) receiver: single-event POSTs");
    assertThat(progress.phases())
        .extracting(Marker::label)
        .containsExactly("stack start", "receiver");
    assertThat(progress.phases().get(0).x()).isLessThanOrEqualTo(progress.phases().get(1).x());
    assertThat(progress.phases().get(1).x()).isLessThanOrEqualTo(progress.elapsedSeconds());
  }
}
