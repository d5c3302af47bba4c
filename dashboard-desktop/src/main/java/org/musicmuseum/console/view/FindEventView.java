package org.musicmuseum.console.view;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.musicmuseum.console.panel.TracePresenter;
import org.musicmuseum.console.panel.TraceStep;

/** Find an event: a trace id and Find; the answer as a timeline with the time of each hop. */
final class FindEventView {

  private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");

  private FindEventView() {}

  static Node create(TracePresenter trace) {
    TextField id = new TextField();
    id.setId("trace-id");
    id.setPromptText("trace_id, e.g. 0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4");
    id.setPrefColumnCount(36);
    id.textProperty().bindBidirectional(trace.traceIdProperty());
    id.setOnAction(e -> trace.find());
    Button find = new Button("Find");
    find.setId("trace-find");
    find.setOnAction(e -> trace.find());
    HBox form = new HBox(8, new Label("trace_id"), id, find);
    form.getStyleClass().add("form");

    Label summary = new Label();
    summary.setId("trace-summary");
    summary.getStyleClass().add("note");
    summary.textProperty().bind(trace.summaryProperty());

    HBox line = new HBox(6);
    line.getStyleClass().add("timeline");
    List<TraceStep> steps = trace.steps();
    List<? extends ObservableValue<String>> hops = trace.hops();
    for (int i = 0; i < steps.size(); i++) {
      if (i > 0) {
        line.getChildren().add(hop("trace-hop-" + steps.get(i).name(), hops.get(i - 1)));
      }
      Node step = step(steps.get(i));
      HBox.setHgrow(step, Priority.ALWAYS);
      line.getChildren().add(step);
    }
    return new Card("panel-find-event", "Find an event", new VBox(8, form, summary, line))
        .showErrors("trace-error", trace.state());
  }

  private static Node step(TraceStep step) {
    String id = "trace-" + step.name();
    Label title = new Label(step.label());
    title.getStyleClass().add("figure-caption");
    Label time = new Label();
    time.setId(id + "-time");
    time.getStyleClass().add("step-time");
    time.textProperty().bind(step.timeProperty());
    Label detail = new Label();
    detail.setId(id + "-detail");
    detail.getStyleClass().add("figure-note");
    detail.setWrapText(true);
    detail.textProperty().bind(step.detailProperty());
    VBox box = new VBox(2, title, time, detail);
    box.setId(id);
    box.getStyleClass().add("step");
    step.reachedProperty()
        .addListener((obs, was, now) -> box.pseudoClassStateChanged(REACHED, now));
    box.setPrefWidth(1);
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  private static Node hop(String id, ObservableValue<String> took) {
    Label arrow = new Label("→");
    arrow.getStyleClass().add("hop-arrow");
    Label ms = new Label();
    ms.setId(id);
    ms.getStyleClass().add("figure-note");
    ms.textProperty().bind(took);
    VBox box = new VBox(2, arrow, ms);
    box.getStyleClass().add("hop");
    return box;
  }
}
