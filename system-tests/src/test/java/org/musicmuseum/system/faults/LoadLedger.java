package org.musicmuseum.system.faults;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** What {@link SteadyLoad} sent and what the receiver answered, event by event. */
public final class LoadLedger {

  /**
   * One event as sent.
   *
   * @param type new_album or new_single_song
   * @param id its album_id or song_id, unique in the test run
   * @param key its Idempotency-Key
   * @param invalid whether it was made invalid on purpose
   * @param body the JSON posted
   */
  public record Sent(String type, long id, String key, boolean invalid, String body) {}

  /**
   * How an event ended: {@code status} 201 with the trace id it was given, or a 4xx.
   *
   * @param event what was sent
   * @param status the final answer
   * @param traceId the trace id of a 201, else empty
   */
  public record Outcome(Sent event, int status, String traceId) {}

  private final Map<Long, Outcome> outcomes = new ConcurrentHashMap<>();
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private final Map<Integer, AtomicInteger> failuresByStatus = new ConcurrentHashMap<>();

  void accepted(Sent event, String traceId) {
    outcomes.put(event.id(), new Outcome(event, 201, traceId));
  }

  void refused(Sent event, int status) {
    outcomes.put(event.id(), new Outcome(event, status, ""));
  }

  /** An attempt that got a 5xx ({@code status}) or no answer at all ({@code 0}); retried. */
  void failedAttempt(int status) {
    failedAttempts.incrementAndGet();
    failuresByStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
  }

  int acceptedCount() {
    return (int) outcomes.values().stream().filter(o -> o.status() == 201).count();
  }

  /** Events that have their final answer. */
  int settled() {
    return outcomes.size();
  }

  /** Every event with its final answer. */
  public List<Outcome> outcomes() {
    return List.copyOf(outcomes.values());
  }

  /** The final answers of one type, by id. */
  public Map<Long, Outcome> ofType(String type) {
    return outcomes.values().stream()
        .filter(o -> o.event().type().equals(type))
        .collect(Collectors.toMap(o -> o.event().id(), o -> o));
  }

  /**
   * Final answers that are not the one the event deserved: a valid event must end 201 (after any
   * retries), an invalid one 400. A 404 from a server whose application is not started yet, for
   * example, would show here.
   */
  public List<String> wrongAnswers() {
    return outcomes.values().stream()
        .filter(o -> o.status() != (o.event().invalid() ? 400 : 201))
        .sorted(Comparator.comparingLong(o -> o.event().id()))
        .map(
            o ->
                "%s %d (%s) answered %d"
                    .formatted(
                        o.event().type(),
                        o.event().id(),
                        o.event().invalid() ? "invalid" : "valid",
                        o.status()))
        .toList();
  }

  /** Attempts that had to be retried. */
  public int failedAttempts() {
    return failedAttempts.get();
  }

  /** A line for the test log: what was sent and how the attempts went. */
  public String summary() {
    long accepted = outcomes.values().stream().filter(o -> o.status() == 201).count();
    Map<Integer, Long> refused =
        outcomes.values().stream()
            .filter(o -> o.status() != 201)
            .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
    String failures =
        failuresByStatus.entrySet().stream()
            .map(e -> (e.getKey() == 0 ? "no answer" : e.getKey().toString()) + "×" + e.getValue())
            .sorted()
            .collect(Collectors.joining(", "));
    return "%d events: %d accepted (201), refused %s; %d attempts retried [%s]"
        .formatted(outcomes.size(), accepted, refused, failedAttempts.get(), failures);
  }
}
