package org.musicmuseum.console.view;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.musicmuseum.console.panel.ServiceRow;
import org.musicmuseum.console.panel.StatusPresenter;

/** Each service's status, coloured, with the time of its last check. */
final class StatusView {

  private static final String[] STATUSES = {"Running", "Degraded", "Down", "Unknown"};

  private StatusView() {}

  static Node create(StatusPresenter status) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("services");
    int row = 0;
    for (ServiceRow service : status.rows()) {
      Circle dot = new Circle(6);
      dot.getStyleClass().add("dot");
      Label name = new Label(service.label());
      name.getStyleClass().add("service-name");
      Label badge = new Label();
      badge.setId("status-" + service.name());
      badge.getStyleClass().add("badge");
      badge.textProperty().bind(service.statusProperty());
      Label checked = new Label();
      checked.setId("checked-" + service.name());
      checked.getStyleClass().add("service-checked");
      checked.textProperty().bind(service.checkedProperty());
      Label detail = new Label();
      detail.getStyleClass().add("service-detail");
      detail.textProperty().bind(service.detailProperty());
      detail.visibleProperty().bind(service.detailProperty().isNotEmpty());
      detail.managedProperty().bind(detail.visibleProperty());
      detail.setWrapText(true);
      service.statusProperty().addListener((obs, was, now) -> colour(dot, badge, now));
      colour(dot, badge, service.statusProperty().get());
      grid.addRow(row++, dot, name, badge, new VBox(checked, detail));
    }
    Label round = new Label();
    round.getStyleClass().add("note");
    round.textProperty().bind(status.lastRoundProperty());
    VBox content = new VBox(grid, round);
    content.getStyleClass().add("card-content");
    return new Card("panel-status", "Services", content)
        .showErrors("status-error", status.state())
        .dimWhenStale(status.state());
  }

  private static void colour(Circle dot, Label badge, String status) {
    for (String s : STATUSES) {
      String style = "status-" + s.toLowerCase(Locale.ROOT);
      dot.getStyleClass().remove(style);
      badge.getStyleClass().remove(style);
    }
    String style = "status-" + (status == null ? "unknown" : status.toLowerCase(Locale.ROOT));
    dot.getStyleClass().add(style);
    badge.getStyleClass().add(style);
  }
}
