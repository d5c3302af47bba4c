package org.musicmuseum.console.view;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One big figure with its caption and a small note under it. */
final class Figure extends VBox {

  private final Label small = new Label();

  Figure(String id, String caption, ObservableValue<String> value, ObservableValue<String> note) {
    getStyleClass().add("figure");
    Label title = new Label(caption);
    title.getStyleClass().add("figure-caption");
    Label number = new Label();
    number.setId(id);
    number.getStyleClass().add("figure-value");
    number.textProperty().bind(value);
    small.getStyleClass().add("figure-note");
    small.setWrapText(true);
    small.textProperty().bind(note);
    getChildren().addAll(title, number, small);
  }

  /** Gives the note an id, for tests that read it. */
  Figure noteId(String id) {
    small.setId(id);
    return this;
  }
}
