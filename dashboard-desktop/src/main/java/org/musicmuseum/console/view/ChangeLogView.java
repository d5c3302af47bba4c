package org.musicmuseum.console.view;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.musicmuseum.console.model.StatusChange;
import org.musicmuseum.console.panel.ChangeLog;
import org.musicmuseum.console.panel.Formats;

/** The status changes seen since the console started, newest first. */
final class ChangeLogView {

  private ChangeLogView() {}

  static Node create(ChangeLog log) {
    ListView<StatusChange> list = new ListView<>(log.entries());
    list.setId("change-log");
    list.setPrefHeight(150);
    list.setPlaceholder(new Label("No status seen yet."));
    list.setCellFactory(v -> new ChangeCell());
    return new Card("panel-log", "Status changes since start", list);
  }

  /** {@code 12:03:04 storage Running → Down (connection refused)}. */
  static String describe(StatusChange change) {
    String detail = change.detail().isBlank() ? "" : "  (" + change.detail() + ")";
    return Formats.time(change.seenAt())
        + "  "
        + change.service()
        + "  "
        + change.from()
        + " → "
        + change.to()
        + detail;
  }

  private static final class ChangeCell extends ListCell<StatusChange> {
    @Override
    protected void updateItem(StatusChange change, boolean empty) {
      super.updateItem(change, empty);
      getStyleClass().removeIf(s -> s.startsWith("status-"));
      if (empty || change == null) {
        setText(null);
        return;
      }
      setText(describe(change));
      getStyleClass().add("status-" + change.to().toLowerCase(Locale.ROOT));
    }
  }
}
