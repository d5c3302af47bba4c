package org.musicmuseum.console.panel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.Stats;

/**
 * A {@link MuseumApi} that gives the answers queued for each call, in order: a value is returned, a
 * {@link ServiceException} thrown. It records the lookups asked for.
 */
final class FakeMuseumApi implements MuseumApi {

  /** A lookup the presenter asked for. */
  record Lookup(AuditType type, long index) {}

  private final Deque<Object> stats = new ArrayDeque<>();
  private final Deque<Object> health = new ArrayDeque<>();
  private final Deque<Object> counts = new ArrayDeque<>();
  private final Deque<Object> entries = new ArrayDeque<>();
  private final Deque<Object> pipelines = new ArrayDeque<>();
  private final Deque<Object> traces = new ArrayDeque<>();
  final List<Lookup> lookups = new ArrayList<>();
  final List<String> traceIds = new ArrayList<>();

  /** Queues the next answer of {@code stats()}: a {@link Stats} or a {@link ServiceException}. */
  FakeMuseumApi stats(Object answer) {
    stats.add(answer);
    return this;
  }

  FakeMuseumApi health(Object answer) {
    health.add(answer);
    return this;
  }

  FakeMuseumApi counts(Object answer) {
    counts.add(answer);
    return this;
  }

  FakeMuseumApi entry(Object answer) {
    entries.add(answer);
    return this;
  }

  FakeMuseumApi pipeline(Object answer) {
    pipelines.add(answer);
    return this;
  }

  FakeMuseumApi trace(Object answer) {
    traces.add(answer);
    return this;
  }

  @Override
  public Stats stats() throws ServiceException {
    return next(stats, Stats.class, "stats");
  }

  @Override
  public HealthReport health() throws ServiceException {
    return next(health, HealthReport.class, "health");
  }

  @Override
  public AuditCounts auditCounts() throws ServiceException {
    return next(counts, AuditCounts.class, "auditCounts");
  }

  @Override
  public AuditEntry auditEntry(AuditType type, long index) throws ServiceException {
    lookups.add(new Lookup(type, index));
    return next(entries, AuditEntry.class, "auditEntry");
  }

  @Override
  public PipelineReport pipeline() throws ServiceException {
    return next(pipelines, PipelineReport.class, "pipeline");
  }

  @Override
  public EventTrace trace(String traceId) throws ServiceException {
    traceIds.add(traceId);
    return next(traces, EventTrace.class, "trace");
  }

  private static <T> T next(Deque<Object> answers, Class<T> type, String call)
      throws ServiceException {
    Object answer = answers.poll();
    if (answer == null) {
      throw new AssertionError("no answer queued for " + call + "()");
    }
    if (answer instanceof ServiceException e) {
      throw e;
    }
    return type.cast(answer);
  }
}
