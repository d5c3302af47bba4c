package org.musicmuseum.console.view;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.musicmuseum.console.config.BaseUrls;
import org.musicmuseum.console.config.ConsoleSettings;

/** Edits the base URLs and the refresh interval; what is saved is remembered for the next start. */
final class SettingsDialog {

  private SettingsDialog() {}

  /** Asks; returns the new settings, or empty when cancelled. */
  static Optional<ConsoleSettings> ask(ConsoleSettings current) {
    Dialog<ConsoleSettings> dialog = new Dialog<>();
    dialog.setTitle("Music Museum console settings");
    dialog.setHeaderText("Where the console reads from (remembered for the next start)");
    TextField processing = field("settings-processing", BaseUrls.show(current.processingUrl()));
    TextField health = field("settings-health", BaseUrls.show(current.healthUrl()));
    TextField audit = field("settings-audit", BaseUrls.show(current.auditUrl()));
    TextField dashboard = field("settings-dashboard", BaseUrls.show(current.dashboardUrl()));
    TextField refresh = field("settings-refresh", Long.toString(current.refresh().toSeconds()));
    Label error = new Label();
    error.setId("settings-error");
    error.getStyleClass().add("panel-error");
    error.setWrapText(true);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Processing URL"), processing);
    grid.addRow(1, new Label("Health URL"), health);
    grid.addRow(2, new Label("Audit URL"), audit);
    grid.addRow(3, new Label("Dashboard URL (live updates)"), dashboard);
    grid.addRow(4, new Label("Refresh every (s)"), refresh);
    grid.add(error, 0, 5, 2, 1);
    dialog.getDialogPane().setContent(grid);
    ButtonType save = new ButtonType("Save", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    AtomicReference<ConsoleSettings> parsed = new AtomicReference<>();
    dialog
        .getDialogPane()
        .lookupButton(save)
        .addEventFilter(
            ActionEvent.ACTION,
            e -> {
              try {
                parsed.set(
                    current
                        .withUrls(
                            BaseUrls.parse("processing URL", processing.getText()),
                            BaseUrls.parse("health URL", health.getText()),
                            BaseUrls.parse("audit URL", audit.getText()),
                            BaseUrls.parse("dashboard URL", dashboard.getText()))
                        .withRefresh(refreshOf(refresh.getText())));
              } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                e.consume();
              }
            });
    dialog.setResultConverter(b -> b == save ? parsed.get() : null);
    return dialog.showAndWait();
  }

  private static Duration refreshOf(String text) {
    try {
      long seconds = Long.parseLong(text.strip());
      if (seconds >= 1 && seconds <= 3600) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Refresh every: a whole number of seconds, 1 to 3600.");
  }

  private static TextField field(String id, String value) {
    TextField field = new TextField(value);
    field.setId(id);
    field.setPrefColumnCount(32);
    return field;
  }
}
