package org.musicmuseum.console.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.layout.TilePane;
import org.musicmuseum.console.panel.StatsPresenter;

/** The figures: albums, most tracks, singles, longest single, last updated. */
final class StatsView {

  private StatsView() {}

  static Node create(StatsPresenter stats) {
    TilePane figures = new TilePane();
    figures.getStyleClass().add("figures");
    figures.setPrefColumns(5);
    figures
        .getChildren()
        .addAll(
            new Figure(
                "stat-albums", "Albums", stats.albumsProperty(), stats.albumsLastHourProperty()),
            new Figure(
                "stat-max-tracks",
                "Most tracks on an album",
                stats.maxTracksProperty(),
                new ReadOnlyStringWrapper("tracks")),
            new Figure(
                "stat-singles",
                "Single songs",
                stats.singlesProperty(),
                stats.singlesLastHourProperty()),
            new Figure(
                "stat-max-duration",
                "Longest single",
                stats.maxDurationProperty(),
                stats.maxDurationLongProperty()),
            new Figure(
                "stat-last-updated",
                "Last updated",
                stats.lastUpdatedProperty(),
                new ReadOnlyStringWrapper("by processing")));
    return new Card("panel-stats", "Statistics", figures)
        .showErrors("stats-error", stats.state())
        .dimWhenStale(stats.state());
  }
}
