package org.musicmuseum.health.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.health.domain.ChangeNotice;
import org.musicmuseum.health.domain.CheckResult;
import org.musicmuseum.health.domain.StatusBoard;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.health.domain.WatchedService;
import org.musicmuseum.health.probe.ReadinessProbe;

/**
 * One poll round: checks every watched service concurrently, applies each result to the board at
 * the time it arrived (in that order, so the history stays chronological), and reports what
 * changed. Remembers when the last round completed.
 */
public final class HealthMonitor {

  private final List<WatchedService> services;
  private final ReadinessProbe probe;
  private final StatusBoard board;
  private final Clock clock;
  private final Duration deadline;
  private volatile Instant lastRound;

  /**
   * @param deadline a backstop: a check without a result after this long counts as Down
   */
  public HealthMonitor(
      List<WatchedService> services,
      ReadinessProbe probe,
      StatusBoard board,
      Clock clock,
      Duration deadline) {
    this.services = List.copyOf(services);
    this.probe = probe;
    this.board = board;
    this.clock = clock;
    this.deadline = deadline;
  }

  /** What a round changed, and the full report after it. */
  public record Round(List<ChangeNotice> changes, StatusReport report) {}

  private record Observation(String service, CheckResult result, Instant at) {}

  /** Runs one round; returns when every check has a result. */
  public Round runRound() {
    List<CompletableFuture<Observation>> checks = services.stream().map(this::observe).toList();
    CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
    List<Observation> observations =
        checks.stream()
            .map(CompletableFuture::join)
            .sorted(Comparator.comparing(Observation::at))
            .toList();
    List<ChangeNotice> changes = new ArrayList<>();
    for (Observation seen : observations) {
      board
          .apply(seen.service(), seen.result(), seen.at())
          .ifPresent(change -> changes.add(ChangeNotice.of(change, board.state(seen.service()))));
    }
    Instant now = clock.instant();
    board.roundCompleted(now);
    lastRound = now;
    return new Round(List.copyOf(changes), board.report());
  }

  private CompletableFuture<Observation> observe(WatchedService service) {
    CompletableFuture<CheckResult> check;
    try {
      check = probe.check(service);
    } catch (RuntimeException e) {
      check = CompletableFuture.failedFuture(e);
    }
    return check
        .completeOnTimeout(
            CheckResult.down("no result within " + deadline.toMillis() + " ms"),
            deadline.toMillis(),
            TimeUnit.MILLISECONDS)
        .handle(
            (result, error) ->
                new Observation(
                    service.name(),
                    error == null ? result : CheckResult.down("check failed: " + error),
                    clock.instant()));
  }

  /** When the last round completed, if one did. */
  public Optional<Instant> lastRound() {
    return Optional.ofNullable(lastRound);
  }

  /** True when a round completed no longer than {@code maxAge} ago. */
  public boolean completedWithin(Duration maxAge) {
    Instant last = lastRound;
    return last != null && !last.isBefore(clock.instant().minus(maxAge));
  }
}
