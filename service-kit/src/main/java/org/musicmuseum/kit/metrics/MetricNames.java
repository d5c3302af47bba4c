package org.musicmuseum.kit.metrics;

/**
 * The names the services register their application metrics under, for the services and for the
 * tests that scrape them. Prometheus text adds a suffix by kind: {@code _total} to a counter,
 * {@code _seconds} to a timer (with {@code _count}, {@code _sum}, {@code _bucket}); see {@link
 * #COUNTER}, {@link #TIMER}. The README's metrics table lists every served name.
 */
public final class MetricNames {

  /** What Prometheus text appends to a counter's name. */
  public static final String COUNTER = "_total";

  /** What Prometheus text appends to a timer's name. */
  public static final String TIMER = "_seconds";

  public static final String RECEIVER_ACCEPTED = "museum_receiver_accepted";
  public static final String RECEIVER_REFUSED = "museum_receiver_refused";
  public static final String RECEIVER_PUBLISH = "museum_receiver_publish";

  public static final String STORAGE_STORED = "museum_storage_stored";
  public static final String STORAGE_QUARANTINED = "museum_storage_quarantined";
  public static final String STORAGE_DEDUPLICATED = "museum_storage_deduplicated";
  public static final String STORAGE_BATCH_SIZE = "museum_storage_batch_size";
  public static final String STORAGE_TRANSACTION = "museum_storage_transaction";

  public static final String PROCESSING_RUN = "museum_processing_run";
  public static final String PROCESSING_RUN_EVENTS = "museum_processing_run_events";
  public static final String PROCESSING_FRESHNESS = "museum_processing_freshness_seconds";

  public static final String AUDIT_INDEXED = "museum_audit_indexed";
  public static final String AUDIT_SKIPPED = "museum_audit_skipped";
  public static final String AUDIT_INDEX_LAG = "museum_audit_index_lag";

  public static final String HEALTH_SERVICE_UP = "museum_health_service_up";
  public static final String HEALTH_CHECKS = "museum_health_checks";

  private MetricNames() {}
}
