package org.musicmuseum.console.view;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.musicmuseum.console.panel.PanelState;

/** A titled panel with its own error lines; its content dims while what it shows is stale. */
final class Card extends VBox {

  private final Node content;
  private int errors;

  Card(String id, String title, Node content) {
    this.content = content;
    getStyleClass().add("card");
    setId(id);
    Label heading = new Label(title);
    heading.getStyleClass().add("card-title");
    getChildren().addAll(heading, content);
    VBox.setVgrow(content, Priority.ALWAYS);
  }

  /** Shows the error of {@code state} (node id {@code errorId}) above the content. */
  Card showErrors(String errorId, PanelState state) {
    Label error = new Label();
    error.setId(errorId);
    error.getStyleClass().add("panel-error");
    error.setWrapText(true);
    error.setMinHeight(Label.USE_PREF_SIZE);
    error.textProperty().bind(state.errorProperty());
    error.visibleProperty().bind(state.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    getChildren().add(1 + errors++, error);
    return this;
  }

  /** Dims the content while {@code state} says it is stale. */
  Card dimWhenStale(PanelState state) {
    content.opacityProperty().bind(Bindings.when(state.staleProperty()).then(0.45).otherwise(1.0));
    return this;
  }
}
