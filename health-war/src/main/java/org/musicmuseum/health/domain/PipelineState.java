package org.musicmuseum.health.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.musicmuseum.kit.metrics.MetricNames;

/**
 * The latest readings of the pipeline: which service's {@code /metrics} feeds which item, and the
 * report built from them and from the consumer lag.
 */
public final class PipelineState {

  private final IngestReading ingest;
  private final FreshnessReading freshness = new FreshnessReading();
  private final CountReading quarantined =
      new CountReading(MetricNames.STORAGE_QUARANTINED + MetricNames.COUNTER);
  private final CountReading skipped =
      new CountReading(MetricNames.AUDIT_SKIPPED + MetricNames.COUNTER);

  /**
   * @param window the ingest rate's window
   */
  public PipelineState(Duration window) {
    this.ingest = new IngestReading(window);
  }

  /** The scraped services by name, each with the item it feeds. */
  public Map<String, MetricsSink> sources() {
    Map<String, MetricsSink> sources = new LinkedHashMap<>();
    sources.put("receiver", ingest);
    sources.put("storage", quarantined);
    sources.put("processing", freshness);
    sources.put("audit", skipped);
    return sources;
  }

  /**
   * Every item now.
   *
   * @param group storage's consumer group
   * @param lag the lag exporter's latest reading, one entry per partition
   */
  public PipelineReport report(String group, Latest.Snapshot<List<PartitionLag>> lag) {
    List<PartitionLag> partitions = lag.value();
    PipelineReport.StorageLag storageLag =
        new PipelineReport.StorageLag(
            partitions == null ? null : partitions.stream().mapToLong(PartitionLag::lag).sum(),
            group,
            partitions == null ? null : partitions.size(),
            lag.at(),
            lag.error());
    return new PipelineReport(
        ingest.item(), storageLag, freshness.item(), quarantined.item(), skipped.item());
  }
}
