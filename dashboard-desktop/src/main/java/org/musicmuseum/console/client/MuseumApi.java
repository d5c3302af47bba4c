package org.musicmuseum.console.client;

import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.Stats;

/** The reads the console makes. Each call blocks: call it off the FX thread. */
public interface MuseumApi {

  /** Processing's {@code GET /stats}. */
  Stats stats() throws ServiceException;

  /** The health service's {@code GET /status}. */
  HealthReport health() throws ServiceException;

  /** Audit's {@code GET /counts}. */
  AuditCounts auditCounts() throws ServiceException;

  /** Audit's {@code GET /{type}?index=n}. */
  AuditEntry auditEntry(AuditType type, long index) throws ServiceException;

  /** The health service's {@code GET /pipeline}: ingest rate, storage lag, freshness, counts. */
  PipelineReport pipeline() throws ServiceException;

  /**
   * Audit's {@code GET /trace/{trace_id}}: where the event is. An unknown id is an {@link
   * ServiceException.Kind#ERROR_STATUS} 404, a malformed one a 400 with the problem's detail.
   */
  EventTrace trace(String traceId) throws ServiceException;
}
