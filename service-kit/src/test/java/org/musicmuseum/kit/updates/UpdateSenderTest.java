package org.musicmuseum.kit.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.UpdateKind;

class UpdateSenderTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

  private final List<String> sent = new ArrayList<>();
  private final List<Runnable> tasks = new ArrayList<>();

  private CompletionStage<Void> channel(String message) {
    sent.add(message);
    return CompletableFuture.completedFuture(null);
  }

  @Test
  void anUpdateSaysItsKindAndTimeAndCarriesTheRestAnswer() {
    try (var sender = new UpdateSender(this::channel, Runnable::run, CLOCK)) {
      sender.send(UpdateKind.STATS, Map.of("num_album_events", 3));
    }

    assertThat(sent)
        .containsExactly(
            "{\"kind\":\"stats\",\"at\":\"2026-12-06T10:00:00Z\","
                + "\"data\":{\"num_album_events\":3}}");
  }

  @Test
  void theCallerNeverWaitsAndUpdatesGoOutInOrder() {
    try (var sender = new UpdateSender(this::channel, tasks::add, CLOCK)) {
      sender.send(UpdateKind.STATUS, Map.of("n", 1));
      sender.send(UpdateKind.CHANGE, Map.of("n", 2));

      assertThat(sent).isEmpty();
      assertThat(tasks).hasSize(1);
      tasks.get(0).run();
    }

    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)).contains("\"kind\":\"status\"");
    assertThat(sent.get(1)).contains("\"kind\":\"change\"");
  }

  @Test
  void whileTheChannelIsStuckOnlyTheNewestUpdatesAreKept() {
    try (var sender = new UpdateSender(this::channel, tasks::add, CLOCK)) {
      for (int i = 0; i < UpdateSender.CAPACITY + 5; i++) {
        sender.send(UpdateKind.STATS, Map.of("n", i));
      }
      tasks.get(0).run();

      assertThat(sender.dropped()).isEqualTo(5);
    }
    assertThat(sent).hasSize(UpdateSender.CAPACITY);
    assertThat(sent.get(0)).contains("{\"n\":5}");
  }

  @Test
  void aFailedSendIsRememberedUntilOneWorks() {
    var failure = new CompletableFuture<Void>();
    failure.completeExceptionally(new IllegalStateException("no broker"));
    List<CompletionStage<Void>> outcomes =
        new ArrayList<>(List.of(failure, CompletableFuture.completedFuture(null)));
    try (var sender = new UpdateSender(m -> outcomes.remove(0), Runnable::run, CLOCK)) {
      sender.send(UpdateKind.STATS, Map.of());
      assertThat(sender.failing()).isTrue();

      sender.send(UpdateKind.STATS, Map.of());
      assertThat(sender.failing()).isFalse();
    }
  }
}
