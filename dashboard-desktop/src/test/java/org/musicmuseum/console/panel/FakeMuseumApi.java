package org.musicmuseum.console.panel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.Stats;

/**
 * A {@link MuseumApi} that gives the answers queued for each call, in order: a value is returned, a
 * {@link ServiceException} thrown. It records the lookups asked for.
 */
final class FakeMuseumApi implements MuseumApi {

  /** The calls of {@link MuseumApi}, each with its own queue of answers. */
  enum Call {
    STATS,
    HEALTH,
    AUDIT_COUNTS,
    AUDIT_ENTRY
  }

  /** A lookup the presenter asked for. */
  record Lookup(AuditType type, long index) {}

  private final Map<Call, Deque<Object>> answers = new EnumMap<>(Call.class);
  final List<Lookup> lookups = new ArrayList<>();

  /**
   * Queues the next answer of {@code call}: a value of the type it returns (e.g. {@link Stats}) or
   * a {@link ServiceException}.
   */
  FakeMuseumApi queue(Call call, Object answer) {
    answers.computeIfAbsent(call, c -> new ArrayDeque<>()).add(answer);
    return this;
  }

  @Override
  public Stats stats() throws ServiceException {
    return next(Call.STATS, Stats.class);
  }

  @Override
  public HealthReport health() throws ServiceException {
    return next(Call.HEALTH, HealthReport.class);
  }

  @Override
  public AuditCounts auditCounts() throws ServiceException {
    return next(Call.AUDIT_COUNTS, AuditCounts.class);
  }

  @Override
  public AuditEntry auditEntry(AuditType type, long index) throws ServiceException {
    lookups.add(new Lookup(type, index));
    return next(Call.AUDIT_ENTRY, AuditEntry.class);
  }

  private <T> T next(Call call, Class<T> type) throws ServiceException {
    Object answer = answers.getOrDefault(call, new ArrayDeque<>()).poll();
    if (answer == null) {
      throw new AssertionError("no answer queued for " + call);
    }
    if (answer instanceof ServiceException e) {
      throw e;
    }
    return type.cast(answer);
  }
}
