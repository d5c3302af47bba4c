package org.musicmuseum.health.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The state machine of the watched services: applies check results one at a time, keeps each
 * service's state and a bounded history of changes. Thread-safe.
 */
public final class StatusBoard {

  private final Map<String, ServiceState> states = new LinkedHashMap<>();
  private final Deque<StatusChange> history = new ArrayDeque<>();
  private final int historyLimit;
  private Instant lastUpdate;

  /**
   * @param services the watched services, in the order they are reported; all start Unknown
   * @param historyLimit how many changes are kept (the oldest go first)
   */
  public StatusBoard(List<String> services, int historyLimit) {
    if (historyLimit < 1) {
      throw new IllegalArgumentException("the history must hold at least one change");
    }
    this.historyLimit = historyLimit;
    services.forEach(name -> states.put(name, ServiceState.unknown()));
  }

  /**
   * Takes over a saved report: the states of the services still watched (the others stay Unknown),
   * the history (the newest {@code historyLimit} changes) and the time of the last round.
   */
  public synchronized void restore(StatusReport saved) {
    states.replaceAll((name, unknown) -> saved.services().getOrDefault(name, unknown));
    history.clear();
    List<StatusChange> changes = saved.history();
    changes
        .subList(Math.max(0, changes.size() - historyLimit), changes.size())
        .forEach(history::add);
    lastUpdate = saved.lastUpdate();
  }

  /**
   * Records the result of a check of {@code service} completed at {@code at}.
   *
   * @return the change, when the status differs from the previous one
   */
  public synchronized Optional<StatusChange> apply(String service, CheckResult result, Instant at) {
    ServiceState before = states.get(service);
    if (before == null) {
      throw new NoSuchElementException("not a watched service: " + service);
    }
    boolean changed = before.status() != result.status();
    Instant since = changed || before.since() == null ? at : before.since();
    states.put(service, new ServiceState(result.status(), at, since, result.detail()));
    if (!changed) {
      return Optional.empty();
    }
    StatusChange change = new StatusChange(service, before.status(), result.status(), at);
    history.addLast(change);
    while (history.size() > historyLimit) {
      history.removeFirst();
    }
    return Optional.of(change);
  }

  /** Marks the end of a poll round. */
  public synchronized void roundCompleted(Instant at) {
    lastUpdate = at;
  }

  /** The current state of a watched service. */
  public synchronized ServiceState state(String service) {
    ServiceState state = states.get(service);
    if (state == null) {
      throw new NoSuchElementException("not a watched service: " + service);
    }
    return state;
  }

  /** A consistent copy of everything. */
  public synchronized StatusReport report() {
    return new StatusReport(lastUpdate, states, List.copyOf(history));
  }
}
