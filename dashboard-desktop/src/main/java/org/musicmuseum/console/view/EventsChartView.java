package org.musicmuseum.console.view;

import java.time.Instant;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.musicmuseum.console.model.MinuteCount;
import org.musicmuseum.console.panel.Formats;
import org.musicmuseum.console.panel.StatsPresenter;

/** Albums and singles per minute over the last hour, as an area chart of local clock times. */
final class EventsChartView {

  private EventsChartView() {}

  static Node create(StatsPresenter stats) {
    NumberAxis minutes = new NumberAxis();
    minutes.setForceZeroInRange(false);
    minutes.setTickLabelFormatter(new MinuteLabels());
    minutes.setLabel("minute (local time)");
    NumberAxis events = new NumberAxis();
    events.setLabel("events");
    events.setMinorTickVisible(false);
    AreaChart<Number, Number> chart = new AreaChart<>(minutes, events);
    chart.setId("events-chart");
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setPrefHeight(260);
    XYChart.Series<Number, Number> albums = new XYChart.Series<>();
    albums.setName("Albums");
    XYChart.Series<Number, Number> singles = new XYChart.Series<>();
    singles.setName("Singles");
    chart.getData().addAll(List.of(albums, singles));
    stats
        .perMinute()
        .addListener((ListChangeListener<MinuteCount>) c -> plot(c.getList(), albums, singles));
    return new Card("panel-chart", "Events per minute, last hour", chart)
        .dimWhenStale(stats.state());
  }

  private static void plot(
      List<? extends MinuteCount> counts,
      XYChart.Series<Number, Number> albums,
      XYChart.Series<Number, Number> singles) {
    albums.getData().setAll(counts.stream().map(m -> point(m.minute(), m.albums())).toList());
    singles.getData().setAll(counts.stream().map(m -> point(m.minute(), m.singles())).toList());
  }

  private static XYChart.Data<Number, Number> point(Instant minute, long count) {
    return new XYChart.Data<>(minute.getEpochSecond() / 60, count);
  }

  /** Epoch minutes shown as local {@code HH:mm}. */
  private static final class MinuteLabels extends StringConverter<Number> {
    @Override
    public String toString(Number epochMinute) {
      return Formats.minuteOfDay(Instant.ofEpochSecond(epochMinute.longValue() * 60));
    }

    @Override
    public Number fromString(String text) {
      throw new UnsupportedOperationException("labels are not parsed");
    }
  }
}
