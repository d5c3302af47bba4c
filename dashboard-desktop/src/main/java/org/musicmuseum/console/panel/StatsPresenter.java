package org.musicmuseum.console.panel;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
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

  /** The texts of the statistics panel: its figures ("–" until read) and their notes. */
  public enum Text {
    ALBUMS("–"),
    /** The albums of the last hour, in words. */
    ALBUMS_LAST_HOUR(""),
    MAX_TRACKS("–"),
    SINGLES("–"),
    /** The singles of the last hour, in words. */
    SINGLES_LAST_HOUR(""),
    MAX_DURATION("–"),
    /** The longest single in minutes and seconds; empty under a minute. */
    MAX_DURATION_LONG(""),
    LAST_UPDATED("–");

    private final String initial;

    Text(String initial) {
      this.initial = initial;
    }
  }

  private final MuseumApi api;
  private final Fetcher fetcher;
  private final Clock clock;
  private final Supplier<Duration> retry;
  private final PanelState state = new PanelState();
  private final Texts<Text> texts = new Texts<>(this, Text.class, text -> text.initial);
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

  private void show(Stats stats) {
    texts.set(Text.ALBUMS, Formats.count(stats.albums()));
    texts.set(Text.MAX_TRACKS, Formats.count(stats.maxTrackCount()));
    texts.set(Text.SINGLES, Formats.count(stats.singles()));
    texts.set(Text.MAX_DURATION, Formats.seconds(stats.maxSongDuration()));
    texts.set(Text.MAX_DURATION_LONG, Formats.minutes(stats.maxSongDuration()));
    texts.set(Text.LAST_UPDATED, stats.lastUpdated().map(Formats::time).orElse("no run yet"));
    long hourAlbums = stats.perMinute().stream().mapToLong(MinuteCount::albums).sum();
    long hourSingles = stats.perMinute().stream().mapToLong(MinuteCount::singles).sum();
    texts.set(Text.ALBUMS_LAST_HOUR, "+" + Formats.count(hourAlbums) + " in the last hour");
    texts.set(Text.SINGLES_LAST_HOUR, "+" + Formats.count(hourSingles) + " in the last hour");
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

  /** One of the panel's texts. */
  public ReadOnlyStringProperty text(Text text) {
    return texts.property(text);
  }

  /** Events per minute over the last hour, oldest first (read-only view). */
  public ObservableList<MinuteCount> perMinute() {
    return perMinuteView;
  }

  /** The top artists as an observable, read-only view. */
  public ObservableList<ArtistCount> topArtists() {
    return topArtistsView;
  }
}
