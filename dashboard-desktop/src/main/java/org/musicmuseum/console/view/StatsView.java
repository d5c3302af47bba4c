package org.musicmuseum.console.view;

import static org.musicmuseum.console.panel.StatsPresenter.Text.ALBUMS;
import static org.musicmuseum.console.panel.StatsPresenter.Text.ALBUMS_LAST_HOUR;
import static org.musicmuseum.console.panel.StatsPresenter.Text.LAST_UPDATED;
import static org.musicmuseum.console.panel.StatsPresenter.Text.MAX_DURATION;
import static org.musicmuseum.console.panel.StatsPresenter.Text.MAX_DURATION_LONG;
import static org.musicmuseum.console.panel.StatsPresenter.Text.MAX_TRACKS;
import static org.musicmuseum.console.panel.StatsPresenter.Text.SINGLES;
import static org.musicmuseum.console.panel.StatsPresenter.Text.SINGLES_LAST_HOUR;

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
            new Figure("stat-albums", "Albums", stats.text(ALBUMS), stats.text(ALBUMS_LAST_HOUR)),
            new Figure(
                "stat-max-tracks",
                "Most tracks on an album",
                stats.text(MAX_TRACKS),
                new ReadOnlyStringWrapper("tracks")),
            new Figure(
                "stat-singles", "Single songs", stats.text(SINGLES), stats.text(SINGLES_LAST_HOUR)),
            new Figure(
                "stat-max-duration",
                "Longest single",
                stats.text(MAX_DURATION),
                stats.text(MAX_DURATION_LONG)),
            new Figure(
                "stat-last-updated",
                "Last updated",
                stats.text(LAST_UPDATED),
                new ReadOnlyStringWrapper("by processing")));
    return new Card("panel-stats", "Statistics", figures)
        .showErrors("stats-error", stats.state())
        .dimWhenStale(stats.state());
  }
}
