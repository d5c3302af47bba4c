package org.musicmuseum.console.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.PipelineReport.Count;
import org.musicmuseum.console.model.PipelineReport.Freshness;
import org.musicmuseum.console.model.PipelineReport.Ingest;
import org.musicmuseum.console.model.PipelineReport.StorageLag;

/**
 * The pipeline panel: the health service's {@code /pipeline}, read at each refresh. Its properties
 * change on the FX thread only.
 */
public final class PipelinePresenter {

  private final MuseumApi api;
  private final Fetcher fetcher;
  private final Clock clock;
  private final Supplier<Duration> retry;
  private final PanelState state = new PanelState();
  private final PipelineItem ingest = new PipelineItem("ingest", "Ingest rate");
  private final PipelineItem lag = new PipelineItem("storage-lag", "Storage lag");
  private final PipelineItem freshness = new PipelineItem("freshness", "Freshness");
  private final PipelineItem quarantined = new PipelineItem("quarantined", "Quarantined");
  private final PipelineItem skipped = new PipelineItem("skipped", "Skipped by audit");

  public PipelinePresenter(MuseumApi api, Fetcher fetcher, Clock clock, Supplier<Duration> retry) {
    this.api = api;
    this.fetcher = fetcher;
    this.clock = clock;
    this.retry = retry;
  }

  /** Reads the pipeline figures again (unless a read is in flight). */
  public void refresh() {
    fetcher.fetch(api::pipeline, this::show, this::fail);
  }

  private void show(PipelineReport report) {
    showIngest(report.ingest());
    showLag(report.storageLag());
    showFreshness(report.freshness());
    showCount(quarantined, report.quarantined());
    showCount(skipped, report.skipped());
    state.ok(clock.instant());
  }

  private void showIngest(Ingest in) {
    String rate = in.perSecond().map(Formats::rate).orElse("measuring…");
    String window = in.windowSeconds().map(s -> " over " + s + " s").orElse("");
    String total = in.acceptedTotal().map(n -> Formats.count(n) + " accepted" + window).orElse("");
    ingest.show(in.reading(), rate, total);
  }

  private void showLag(StorageLag in) {
    String events =
        in.events().map(n -> Formats.count(n) + (n == 1 ? " event" : " events")).orElse("–");
    String group = in.group().map(g -> "group " + g).orElse("behind");
    String partitions = in.partitions().map(p -> ", " + p + " partitions").orElse("");
    lag.show(in.reading(), events, group + partitions);
  }

  private void showFreshness(Freshness in) {
    String age =
        in.seconds().map(s -> Formats.seconds(Math.round(s * 10) / 10.0)).orElse("nothing counted");
    freshness.show(in.reading(), age, "age of the newest counted event");
  }

  private static void showCount(PipelineItem item, Count in) {
    String changed =
        in.changedAt().map(t -> "changed " + Formats.time(t)).orElse("unchanged since start");
    item.show(in.reading(), in.count().map(Formats::count).orElse("–"), changed);
  }

  private void fail(ServiceException e) {
    state.fail(e.getMessage() + " The pipeline figures may be out of date.", retry.get());
  }

  public PanelState state() {
    return state;
  }

  /** Ingest, storage lag, freshness, quarantined, skipped: in that order. */
  public List<PipelineItem> items() {
    return List.of(ingest, lag, freshness, quarantined, skipped);
  }
}
