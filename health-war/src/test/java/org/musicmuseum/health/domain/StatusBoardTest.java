package org.musicmuseum.health.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class StatusBoardTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final StatusBoard board = new StatusBoard(List.of("receiver", "storage"), 100);

  @Test
  void everyServiceIsUnknownBeforeTheFirstCheck() {
    StatusReport report = board.report();

    assertThat(report.lastUpdate()).isNull();
    assertThat(report.services()).containsOnlyKeys("receiver", "storage");
    assertThat(report.services().get("storage").status()).isEqualTo(Status.UNKNOWN);
    assertThat(report.services().get("storage").lastCheck()).isNull();
    assertThat(report.history()).isEmpty();
  }

  @Test
  void theFirstResultIsAChangeFromUnknown() {
    assertThat(board.apply("storage", CheckResult.running("ready"), T0))
        .contains(new StatusChange("storage", Status.UNKNOWN, Status.RUNNING, T0));
    assertThat(board.state("storage")).isEqualTo(new ServiceState(Status.RUNNING, T0, T0, "ready"));
  }

  @Test
  void theSameStatusAgainKeepsSinceAndMovesTheLastCheck() {
    board.apply("storage", CheckResult.degraded("not ready: database"), T0);

    assertThat(board.apply("storage", CheckResult.degraded("not ready: kafka"), T0.plusSeconds(5)))
        .isEmpty();
    assertThat(board.state("storage"))
        .isEqualTo(new ServiceState(Status.DEGRADED, T0.plusSeconds(5), T0, "not ready: kafka"));
    assertThat(board.report().history()).hasSize(1);
  }

  @Test
  void aDifferentStatusIsAChangeAndStartsANewSince() {
    board.apply("storage", CheckResult.running("ready"), T0);
    Instant t1 = T0.plusSeconds(5);

    assertThat(board.apply("storage", CheckResult.down("connection refused"), t1))
        .contains(new StatusChange("storage", Status.RUNNING, Status.DOWN, t1));
    assertThat(board.state("storage").since()).isEqualTo(t1);
    assertThat(board.state("receiver").status()).isEqualTo(Status.UNKNOWN);
    assertThat(board.report().history())
        .extracting(StatusChange::to)
        .containsExactly(Status.RUNNING, Status.DOWN);
  }

  @Test
  void theHistoryKeepsTheNewestChanges() {
    StatusBoard small = new StatusBoard(List.of("audit"), 3);
    for (int i = 0; i < 6; i++) {
      small.apply(
          "audit",
          i % 2 == 0 ? CheckResult.running("ready") : CheckResult.down("x"),
          T0.plusSeconds(i));
    }

    assertThat(small.report().history())
        .extracting(StatusChange::at)
        .containsExactly(T0.plusSeconds(3), T0.plusSeconds(4), T0.plusSeconds(5));
  }

  @Test
  void onlyWatchedServicesAreAccepted() {
    assertThatThrownBy(() -> board.apply("dashboard", CheckResult.running(""), T0))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("dashboard");
  }

  @Test
  void theLastRoundIsTheLastUpdate() {
    board.roundCompleted(T0);

    assertThat(board.report().lastUpdate()).isEqualTo(T0);
  }

  @Test
  void restoreTakesTheWatchedServicesAndTheNewestHistory() {
    StatusBoard restored = new StatusBoard(List.of("receiver", "storage", "audit"), 2);
    ServiceState running = new ServiceState(Status.RUNNING, T0, T0.minusSeconds(60), "ready");
    List<StatusChange> history =
        List.of(
            new StatusChange("storage", Status.UNKNOWN, Status.DOWN, T0.minusSeconds(90)),
            new StatusChange("storage", Status.DOWN, Status.RUNNING, T0.minusSeconds(60)),
            new StatusChange("gone", Status.UNKNOWN, Status.RUNNING, T0.minusSeconds(30)));

    restored.restore(new StatusReport(T0, Map.of("storage", running, "gone", running), history));

    StatusReport report = restored.report();
    assertThat(report.lastUpdate()).isEqualTo(T0);
    assertThat(report.services().keySet()).containsExactly("receiver", "storage", "audit");
    assertThat(report.services().get("storage")).isEqualTo(running);
    assertThat(report.services().get("audit").status()).isEqualTo(Status.UNKNOWN);
    assertThat(report.history()).containsExactlyElementsOf(history.subList(1, 3));
    assertThat(restored.apply("storage", CheckResult.running("ready"), T0.plusSeconds(5)))
        .isEmpty();
    assertThat(restored.state("storage").since()).isEqualTo(T0.minusSeconds(60));
  }

  @Test
  void aReportIsASnapshot() {
    StatusReport before = board.report();
    board.apply("receiver", CheckResult.running("ready"), T0);

    assertThat(before.services().get("receiver").status()).isEqualTo(Status.UNKNOWN);
    assertThat(before.history()).isEmpty();
    assertThatThrownBy(() -> before.history().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
