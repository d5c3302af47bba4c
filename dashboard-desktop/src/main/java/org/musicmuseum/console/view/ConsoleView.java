package org.musicmuseum.console.view;

import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.musicmuseum.console.Console;
import org.musicmuseum.console.config.BaseUrls;
import org.musicmuseum.console.config.ConsoleSettings;
import org.musicmuseum.console.panel.LiveUpdates;

/** The console window's content: header with actions, then every panel. */
public final class ConsoleView {

  private ConsoleView() {}

  /** The root node; the stylesheet is {@link #STYLESHEET}. */
  public static Parent create(Console console) {
    BorderPane root = new BorderPane();
    root.getStyleClass().add("console");
    Label sources = new Label();
    sources.setId("sources");
    sources.getStyleClass().add("subtitle");
    Consumer<ConsoleSettings> showSources =
        s ->
            sources.setText(
                "Reading "
                    + BaseUrls.show(s.processingUrl())
                    + " · "
                    + BaseUrls.show(s.healthUrl())
                    + " · "
                    + BaseUrls.show(s.auditUrl())
                    + " · live updates from "
                    + BaseUrls.show(s.dashboardUrl()));
    showSources.accept(console.settings());
    root.setTop(header(console, sources, showSources));

    Node log = ChangeLogView.create(console.status().log());
    VBox services = new VBox(12, StatusView.create(console.status()), log);
    VBox.setVgrow(log, Priority.ALWAYS);
    HBox middle = row(services, EventsChartView.create(console.stats()));
    HBox lower = row(ArtistsView.create(console.stats()), AuditView.create(console.audit()));
    VBox panels =
        new VBox(
            12,
            StatsView.create(console.stats()),
            middle,
            lower,
            PipelineView.create(console.pipeline()),
            FindEventView.create(console.trace()));
    panels.getStyleClass().add("panels");
    ScrollPane scroll = new ScrollPane(panels);
    scroll.setId("panels-scroll");
    scroll.setFitToWidth(true);
    root.setCenter(scroll);
    return root;
  }

  /** The console's stylesheet, for {@code Scene#getStylesheets()}. */
  public static final String STYLESHEET =
      ConsoleView.class.getResource("/org/musicmuseum/console/console.css").toExternalForm();

  private static Region header(
      Console console, Label sources, Consumer<ConsoleSettings> showSources) {
    Label title = new Label("Music Museum");
    title.setId("title");
    title.getStyleClass().add("title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button refresh = new Button("Refresh now");
    refresh.setId("refresh-now");
    refresh.setOnAction(e -> console.refreshNow());
    Button settings = new Button("Settings…");
    settings.setId("settings");
    settings.setOnAction(
        e ->
            SettingsDialog.ask(console.settings())
                .ifPresent(
                    s -> {
                      console.apply(s).ifPresent(ConsoleView::warn);
                      showSources.accept(s);
                    }));
    // On a narrow window the sources line is cut short (with …), never the indicator or buttons.
    VBox titles = new VBox(2, title, sources);
    titles.setMinWidth(0);
    Label indicator = liveIndicator(console.live());
    for (Region fixed : List.of(indicator, refresh, settings)) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox header = new HBox(12, Logo.create(44), titles, spacer, indicator, refresh, settings);
    header.getStyleClass().add("header");
    return header;
  }

  /** Live, or not live (polling), with why in its tooltip. */
  private static Label liveIndicator(LiveUpdates live) {
    Label indicator = new Label();
    indicator.setId("live-indicator");
    indicator.getStyleClass().add("live-indicator");
    indicator.textProperty().bind(live.textProperty());
    Tooltip tooltip = new Tooltip();
    tooltip.textProperty().bind(live.detailProperty());
    indicator.setTooltip(tooltip);
    live.liveProperty()
        .addListener((o, was, isLive) -> indicator.pseudoClassStateChanged(LIVE, isLive));
    return indicator;
  }

  private static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");

  private static void warn(String message) {
    Alert alert = new Alert(Alert.AlertType.WARNING, message);
    alert.setHeaderText("The settings are in use but could not be remembered");
    alert.show();
  }

  private static HBox row(Node left, Node right) {
    HBox row = new HBox(12, left, right);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    if (left instanceof Region l && right instanceof Region r) {
      l.setPrefWidth(1);
      r.setPrefWidth(1);
      l.setMaxWidth(Double.MAX_VALUE);
      r.setMaxWidth(Double.MAX_VALUE);
    }
    return row;
  }
}
