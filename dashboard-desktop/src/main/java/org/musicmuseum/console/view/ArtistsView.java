package org.musicmuseum.console.view;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.musicmuseum.console.model.ArtistCount;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.console.panel.StatsPresenter;

/** The artists with the most events. */
final class ArtistsView {

  private ArtistsView() {}

  static Node create(StatsPresenter stats) {
    GridPane table = new GridPane();
    table.setId("top-artists");
    table.getStyleClass().add("artists");
    stats
        .topArtists()
        .addListener(
            (ListChangeListener<ArtistCount>)
                c -> {
                  table.getChildren().clear();
                  int row = 0;
                  for (ArtistCount artist : c.getList()) {
                    Label name = new Label(artist.artistName());
                    name.getStyleClass().add("artist-name");
                    Label events = new Label(Formats.count(artist.events()));
                    events.getStyleClass().add("artist-events");
                    table.addRow(row, new Label((row + 1) + "."), name, events);
                    row++;
                  }
                  if (row == 0) {
                    table.add(new Label("No events yet."), 0, 0);
                  }
                });
    table.add(new Label("No events yet."), 0, 0);
    return new Card("panel-artists", "Top artists", table).dimWhenStale(stats.state());
  }
}
