package org.musicmuseum.console.view;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.panel.AuditPresenter;

/** The audit viewer: type, index, Show and Random; the event as JSON with where it is. */
final class AuditView {

  private AuditView() {}

  static Node create(AuditPresenter audit) {
    ChoiceBox<AuditType> type =
        new ChoiceBox<>(FXCollections.observableArrayList(AuditType.values()));
    type.setId("audit-type");
    type.valueProperty().bindBidirectional(audit.typeProperty());
    TextField index = new TextField();
    index.setId("audit-index");
    index.setPromptText("index");
    index.setPrefColumnCount(8);
    index.textProperty().bindBidirectional(audit.indexProperty());
    index.setOnAction(e -> audit.showChosen());
    Button show = new Button("Show");
    show.setId("audit-show");
    show.setDefaultButton(false);
    show.setOnAction(e -> audit.showChosen());
    Button random = new Button("Random");
    random.setId("audit-random");
    random.setOnAction(e -> audit.showRandom());
    HBox form = new HBox(8, type, new Label("index"), index, show, random);
    form.getStyleClass().add("form");

    Label range = new Label();
    range.setId("audit-range");
    range.getStyleClass().add("note");
    range.textProperty().bind(audit.rangeProperty());

    HBox where =
        new HBox(
            16,
            field("Partition", "audit-partition", audit.partitionProperty()),
            field("Offset", "audit-offset", audit.offsetProperty()),
            field("Timestamp", "audit-timestamp", audit.timestampProperty()));
    TextArea json = new TextArea();
    json.setId("audit-json");
    json.getStyleClass().add("json");
    json.setEditable(false);
    json.setPrefRowCount(9);
    json.textProperty().bind(audit.jsonProperty());

    VBox content = new VBox(8, form, range, where, json);
    return new Card("panel-audit", "Audit log", content)
        .showErrors("audit-error", audit.state())
        .showErrors("audit-lookup-error", audit.lookupState());
  }

  private static Node field(String caption, String id, ObservableValue<String> value) {
    Label title = new Label(caption);
    title.getStyleClass().add("figure-caption");
    Label text = new Label();
    text.setId(id);
    text.textProperty().bind(value);
    return new VBox(2, title, text);
  }
}
