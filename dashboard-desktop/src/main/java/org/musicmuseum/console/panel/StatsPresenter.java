package org.musicmuseum.console.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.musicmuseum.console.client.MuseumApi;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.model.ArtistCount;
import org.musicmuseum.console.model.MinuteCount;
import org.musicmuseum.console.model.Stats;

/**
 * The statistics panel, the events chart and the top artists: processing's {@code /stats}, read at
 * each refresh. Its properties change on the FX thread only.
 */
public final class StatsPresenter {

  private final MuseumApi api;
  private final Fetcher fetcher;
  private final Clock clock;
  private final Supplier<Duration> retry;
  private final PanelState state = new PanelState();
  private final ReadOnlyStringWrapper albums = text("albums");
  private final ReadOnlyStringWrapper maxTracks = text("maxTracks");
  private final ReadOnlyStringWrapper singles = text("singles");
  private final ReadOnlyStringWrapper maxDuration = text("maxDuration");
  private final ReadOnlyStringWrapper maxDurationLong = new ReadOnlyStringWrapper(this, "long", "");
  private final ReadOnlyStringWrapper lastUpdated = text("lastUpdated");
  private final ReadOnlyStringWrapper albumsLastHour = new ReadOnlyStringWrapper(this, "aHour", "");
  private final ReadOnlyStringWrapper singlesLastHour =
      new ReadOnlyStringWrapper(this, "sHour", "");
  private final ObservableList<MinuteCount> perMinute = FXCollections.observableArrayList();
  private final ObservableList<ArtistCount> topArtists = FXCollections.observableArrayList();
  // One read-only view each: a view forwards changes only while it is referenced.
  private final ObservableList<MinuteCount> perMinuteView =
      FXCollections.unmodifiableObservableList(perMinute);
  private final ObservableList<ArtistCount> topArtistsView =
      FXCollections.unmodifiableObservableList(topArtists);

  /**
   * @param retry the current refresh interval, for the error message
   */
  public StatsPresenter(MuseumApi api, Fetcher fetcher, Clock clock, Supplier<Duration> retry) {
    this.api = api;
    this.fetcher = fetcher;
    this.clock = clock;
    this.retry = retry;
  }

  /** Reads the statistics again (unless a read is in flight). */
  public void refresh() {
    fetcher.fetch(api::stats, this::show, this::fail);
  }

  /** Shows {@code stats}, read or pushed. */
  public void show(Stats stats) {
    albums.set(Formats.count(stats.albums()));
    maxTracks.set(Formats.count(stats.maxTrackCount()));
    singles.set(Formats.count(stats.singles()));
    maxDuration.set(Formats.seconds(stats.maxSongDuration()));
    maxDurationLong.set(Formats.minutes(stats.maxSongDuration()));
    lastUpdated.set(stats.lastUpdated().map(Formats::time).orElse("no run yet"));
    long hourAlbums = stats.perMinute().stream().mapToLong(MinuteCount::albums).sum();
    long hourSingles = stats.perMinute().stream().mapToLong(MinuteCount::singles).sum();
    albumsLastHour.set("+" + Formats.count(hourAlbums) + " in the last hour");
    singlesLastHour.set("+" + Formats.count(hourSingles) + " in the last hour");
    perMinute.setAll(stats.perMinute());
    topArtists.setAll(stats.topArtists());
    state.ok(clock.instant());
  }

  private void fail(ServiceException e) {
    state.fail(e.getMessage(), retry.get());
  }

  public PanelState state() {
    return state;
  }

  public ReadOnlyStringProperty albumsProperty() {
    return albums.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty maxTracksProperty() {
    return maxTracks.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty singlesProperty() {
    return singles.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty maxDurationProperty() {
    return maxDuration.getReadOnlyProperty();
  }

  /** The longest single in minutes and seconds; empty under a minute. */
  public ReadOnlyStringProperty maxDurationLongProperty() {
    return maxDurationLong.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty lastUpdatedProperty() {
    return lastUpdated.getReadOnlyProperty();
  }

  /** The albums of the last hour, in words. */
  public ReadOnlyStringProperty albumsLastHourProperty() {
    return albumsLastHour.getReadOnlyProperty();
  }

  /** The singles of the last hour, in words. */
  public ReadOnlyStringProperty singlesLastHourProperty() {
    return singlesLastHour.getReadOnlyProperty();
  }

  /** Events per minute over the last hour, oldest first (read-only view). */
  public ObservableList<MinuteCount> perMinute() {
    return perMinuteView;
  }

  /** The top artists as an observable, read-only view. */
  public ObservableList<ArtistCount> topArtists() {
    return topArtistsView;
  }

  private ReadOnlyStringWrapper text(String name) {
    return new ReadOnlyStringWrapper(this, name, "–");
  }
}
