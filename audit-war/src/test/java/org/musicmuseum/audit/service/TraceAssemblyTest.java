package org.musicmuseum.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.audit.client.Reply;
import org.musicmuseum.audit.domain.RunCounting;
import org.musicmuseum.audit.domain.StoredRow;
import org.musicmuseum.audit.domain.TraceAnswer;
import org.musicmuseum.audit.domain.TraceAnswer.CountedHop;
import org.musicmuseum.audit.domain.TraceAnswer.Hops;
import org.musicmuseum.audit.domain.TraceAnswer.KafkaHop;
import org.musicmuseum.audit.domain.TraceAnswer.StoredHop;
import org.musicmuseum.audit.messaging.TraceScan;

class TraceAssemblyTest {

  private static final String ID = "0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4";
  private static final Instant MADE = Instant.parse("2026-12-05T16:30:01.230Z");
  private static final Instant ACCEPTED = Instant.parse("2026-12-05T16:30:01.234Z");
  private static final Instant IN_KAFKA = Instant.parse("2026-12-05T16:30:01.240Z");
  private static final Instant STORED = Instant.parse("2026-12-05T16:30:01.300Z");
  private static final Instant COUNTED = Instant.parse("2026-12-05T16:30:01.511Z");

  private static final TraceScan FOUND =
      new TraceScan.Found(1, 17, IN_KAFKA, Optional.of(ACCEPTED));
  private static final StoredRow ROW =
      new StoredRow("new_album", "albums", 42, ACCEPTED, STORED, 1, 17);

  private static TraceOutcome assemble(
      Optional<TraceScan> scan, Reply<StoredRow> stored, Reply<RunCounting> counting) {
    return TraceAssembly.assemble(
        ID,
        scan.isPresent() ? Optional.of(MADE) : Optional.empty(),
        scan,
        stored,
        stored instanceof Reply.Found<StoredRow> ? Optional.of(counting) : Optional.empty());
  }

  private static TraceAnswer answer(TraceOutcome outcome) {
    assertThat(outcome).isInstanceOf(TraceOutcome.Answered.class);
    return ((TraceOutcome.Answered) outcome).answer();
  }

  @Test
  void aCountedEventHasEveryHopAndItsDurations() {
    TraceAnswer answer =
        answer(
            assemble(
                Optional.of(FOUND),
                new Reply.Found<>(ROW),
                new Reply.Found<>(new RunCounting(true, new RunCounting.Run(118, COUNTED)))));

    assertThat(answer)
        .isEqualTo(
            new TraceAnswer(
                ID,
                "counted",
                ACCEPTED,
                new KafkaHop(true, true, 1, 17L, IN_KAFKA, null),
                new StoredHop("stored", "albums", 42L, STORED, null),
                new CountedHop("counted", 118L, COUNTED, null),
                new Hops(6L, 60L, 211L)));
  }

  @Test
  void anEventKafkaHoldsButStorageHasNotStoredIsInKafka() {
    TraceAnswer answer = answer(assemble(Optional.of(FOUND), new Reply.Missing<>(), null));

    assertThat(answer.state()).isEqualTo("in_kafka");
    assertThat(answer.stored().status()).isEqualTo("not_stored");
    assertThat(answer.counted().status()).isEqualTo("not_counted");
    assertThat(answer.hops()).isEqualTo(new Hops(6L, null, null));
  }

  @Test
  void aStoredEventNotYetCountedIsStored() {
    TraceAnswer answer =
        answer(
            assemble(
                Optional.of(FOUND),
                new Reply.Found<>(ROW),
                new Reply.Found<>(new RunCounting(false, null))));

    assertThat(answer.state()).isEqualTo("stored");
    assertThat(answer.counted()).isEqualTo(new CountedHop("not_counted", null, null, null));
  }

  @Test
  void aServiceThatDoesNotAnswerMakesItsHopUnknownAndTheRestStands() {
    TraceAnswer storageDown =
        answer(
            assemble(
                Optional.of(FOUND), new Reply.Failed<>("did not answer within 3000 ms"), null));
    TraceAnswer processingDown =
        answer(
            assemble(
                Optional.of(FOUND),
                new Reply.Found<>(ROW),
                new Reply.Failed<>("could not be reached (ConnectException)")));

    assertThat(storageDown.state()).isEqualTo("in_kafka");
    assertThat(storageDown.stored())
        .isEqualTo(
            new StoredHop("unknown", null, null, null, "storage did not answer within 3000 ms"));
    assertThat(processingDown.state()).isEqualTo("stored");
    assertThat(processingDown.counted().status()).isEqualTo("unknown");
    assertThat(processingDown.counted().reason()).contains("processing", "ConnectException");
  }

  @Test
  void anIdWithoutTimeIsAnsweredFromStorageAloneAndSaysSo() {
    TraceAnswer answer =
        answer(
            assemble(
                Optional.empty(),
                new Reply.Found<>(ROW),
                new Reply.Found<>(new RunCounting(true, null))));

    assertThat(answer.kafka())
        .isEqualTo(new KafkaHop(false, true, 1, 17L, null, TraceAssembly.NO_TIME));
    assertThat(answer.acceptedAt()).isEqualTo(ACCEPTED);
    assertThat(answer.counted().status()).isEqualTo("counted");
    assertThat(answer.counted().run()).isNull();
    assertThat(answer.hops()).isEqualTo(new Hops(null, null, null));
  }

  @Test
  void nothingAnywhereIsUnknownUnlessAPlaceCouldNotTell() {
    assertThat(assemble(Optional.of(new TraceScan.Missing(0, 12)), new Reply.Missing<>(), null))
        .isEqualTo(new TraceOutcome.Unknown());
    assertThat(assemble(Optional.empty(), new Reply.Missing<>(), null))
        .isEqualTo(new TraceOutcome.Unknown());
    assertThat(
            assemble(
                Optional.of(new TraceScan.Unavailable("timeout")), new Reply.Missing<>(), null))
        .isEqualTo(new TraceOutcome.CannotTell("Kafka: timeout"));
    assertThat(
            assemble(
                Optional.of(new TraceScan.Missing(0, 3)), new Reply.Failed<>("answered 503"), null))
        .isEqualTo(new TraceOutcome.CannotTell("storage answered 503"));
  }
}
