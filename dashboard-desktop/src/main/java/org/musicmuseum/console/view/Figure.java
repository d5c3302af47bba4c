package org.musicmuseum.console.view;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One big figure with its caption and a small note under it. */
final class Figure extends VBox {

  Figure(String id, String caption, ObservableValue<String> value, ObservableValue<String> note) {
    getStyleClass().add("figure");
    Label title = new Label(caption);
    title.getStyleClass().add("figure-caption");
    Label number = new Label();
    number.setId(id);
    number.getStyleClass().add("figure-value");
    number.textProperty().bind(value);
    Label small = new Label();
    small.getStyleClass().add("figure-note");
    small.textProperty().bind(note);
    getChildren().addAll(title, number, small);
  }
}
