package org.musicmuseum.health.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.ChangeNotice;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.ServiceState;
import org.musicmuseum.health.domain.Status;
import org.musicmuseum.health.domain.StatusBoard;
import org.musicmuseum.health.domain.StatusChange;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.health.probe.ReadinessProbe;
import org.musicmuseum.testkit.MutableClock;

class HealthMonitorTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final List<WatchedService> SERVICES =
      List.of(
          WatchedService.of("receiver", "http://localhost:8080/receiver"),
          WatchedService.of("storage", "http://localhost:8090/storage"),
          WatchedService.of("audit", "http://localhost:8200/audit_log"));

  private final MutableClock clock = new MutableClock(T0);
  private final StatusBoard board =
      new StatusBoard(SERVICES.stream().map(WatchedService::name).toList(), 100);

  private HealthMonitor monitor(ReadinessProbe probe, Duration deadline) {
    return new HealthMonitor(SERVICES, probe, board, clock, deadline);
  }

  @Test
  void checksEveryServiceConcurrentlyAndKeepsTheOrderOfTheAnswers() {
    // No check completes before every check has been started; then storage answers first.
    Map<String, CompletableFuture<CheckResult>> started = new ConcurrentHashMap<>();
    ReadinessProbe probe =
        service -> {
          CompletableFuture<CheckResult> result = new CompletableFuture<>();
          started.put(service.name(), result);
          if (started.size() == SERVICES.size()) {
            for (String name : List.of("storage", "receiver", "audit")) {
              clock.advance(Duration.ofSeconds(1));
              started.get(name).complete(CheckResult.running("ready"));
            }
          }
          return result;
        };

    HealthMonitor.Round round = monitor(probe, Duration.ofSeconds(5)).runRound();

    assertThat(round.report().services().values())
        .extracting(ServiceState::status)
        .containsOnly(Status.RUNNING);
    assertThat(round.report().history())
        .extracting(StatusChange::service, StatusChange::at)
        .containsExactly(
            tuple("storage", T0.plusSeconds(1)),
            tuple("receiver", T0.plusSeconds(2)),
            tuple("audit", T0.plusSeconds(3)));
    assertThat(round.changes())
        .extracting(ChangeNotice::service)
        .containsExactly("storage", "receiver", "audit");
  }

  @Test
  void reportsEachChangeWithTheNewStateAndTheRoundTime() {
    Map<String, CheckResult> answers =
        Map.of(
            "receiver", CheckResult.running("ready"),
            "storage", CheckResult.degraded("not ready: database"),
            "audit", CheckResult.down("connection refused"));
    HealthMonitor monitor =
        monitor(
            s -> CompletableFuture.completedFuture(answers.get(s.name())), Duration.ofSeconds(5));

    HealthMonitor.Round first = monitor.runRound();
    clock.advance(Duration.ofSeconds(5));
    HealthMonitor.Round second = monitor.runRound();

    assertThat(first.changes())
        .extracting(ChangeNotice::service, ChangeNotice::from, ChangeNotice::to)
        .containsExactly(
            tuple("receiver", Status.UNKNOWN, Status.RUNNING),
            tuple("storage", Status.UNKNOWN, Status.DEGRADED),
            tuple("audit", Status.UNKNOWN, Status.DOWN));
    assertThat(first.changes().get(1).state().detail()).isEqualTo("not ready: database");
    assertThat(first.report().lastUpdate()).isEqualTo(T0);
    assertThat(second.changes()).isEmpty();
    assertThat(second.report().lastUpdate()).isEqualTo(T0.plusSeconds(5));
    assertThat(second.report().services().get("audit").since()).isEqualTo(T0);
    assertThat(second.report().services().get("audit").lastCheck()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void aBrokenOrSilentProbeCountsAsDown() {
    ReadinessProbe probe =
        service ->
            switch (service.name()) {
              case "receiver" -> throw new IllegalStateException("bug");
              case "storage" -> CompletableFuture.failedFuture(new IllegalArgumentException());
              default -> new CompletableFuture<>();
            };

    HealthMonitor.Round round = monitor(probe, Duration.ofMillis(200)).runRound();

    assertThat(round.report().services().values())
        .extracting(ServiceState::status)
        .containsOnly(Status.DOWN);
    assertThat(round.report().services().get("receiver").detail()).contains("bug");
    assertThat(round.report().services().get("audit").detail())
        .isEqualTo("no result within 200 ms");
  }

  @Test
  void isFreshOnlyAfterARecentRound() {
    HealthMonitor monitor =
        monitor(
            s -> CompletableFuture.completedFuture(CheckResult.running("")), Duration.ofSeconds(5));
    Duration maxAge = Duration.ofSeconds(15);

    assertThat(monitor.completedWithin(maxAge)).isFalse();
    assertThat(monitor.lastRound()).isEmpty();
    monitor.runRound();
    clock.advance(maxAge);
    assertThat(monitor.completedWithin(maxAge)).isTrue();
    assertThat(monitor.lastRound()).contains(T0);
    clock.advance(Duration.ofMillis(1));
    assertThat(monitor.completedWithin(maxAge)).isFalse();
  }
}
