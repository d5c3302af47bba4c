package org.musicmuseum.console.client;

import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.HealthReport;
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
}
