package org.musicmuseum.console.view;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.musicmuseum.console.panel.PipelineItem;
import org.musicmuseum.console.panel.PipelinePresenter;

/**
 * Ingest rate, storage lag, freshness, quarantined and skipped, each with its time; a figure whose
 * latest read failed is dimmed, with the reason under it.
 */
final class PipelineView {

  private PipelineView() {}

  static Node create(PipelinePresenter pipeline) {
    TilePane figures = new TilePane();
    figures.getStyleClass().add("figures");
    figures.setPrefColumns(5);
    for (PipelineItem item : pipeline.items()) {
      figures.getChildren().add(figure(item));
    }
    return new Card("panel-pipeline", "Pipeline", figures)
        .showErrors("pipeline-error", pipeline.state())
        .dimWhenStale(pipeline.state());
  }

  private static Node figure(PipelineItem item) {
    String id = "pipeline-" + item.name();
    Figure figure =
        new Figure(id, item.label(), item.valueProperty(), item.noteProperty())
            .noteId(id + "-note");
    figure.opacityProperty().bind(Bindings.when(item.staleProperty()).then(0.45).otherwise(1.0));
    Label error = new Label();
    error.setId(id + "-error");
    error.getStyleClass().add("item-error");
    error.setWrapText(true);
    error.textProperty().bind(item.errorProperty());
    error.visibleProperty().bind(item.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    return new VBox(2, figure, error);
  }
}
