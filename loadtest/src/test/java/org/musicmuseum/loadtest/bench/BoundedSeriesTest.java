package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.chart.Point;

class BoundedSeriesTest {

  @Test
  void belowItsCapacityEverySampleIsAPoint() {
    BoundedSeries series = new BoundedSeries(10);
    for (int i = 0; i < 10; i++) {
      series.add(i * 0.5, i);
    }

    assertThat(series.points()).hasSize(10).startsWith(new Point(0, 0)).endsWith(new Point(4.5, 9));
    assertThat(series.stride()).isEqualTo(1);
  }

  @Test
  void aLongRunIsThinnedEvenlyAndKeepsItsPeakAndItsSpan() {
    BoundedSeries series = new BoundedSeries(100);
    int samples = 1037;
    for (int i = 0; i < samples; i++) {
      series.add(i * 0.5, i == 333 ? 999 : 100);
    }

    List<Point> points = series.points();
    assertThat(points.size()).isBetween(50, 101);
    assertThat(series.stride()).isEqualTo(16); // 1037 samples over at most 100 points
    assertThat(points).contains(new Point(333 * 0.5, 999));
    assertThat(points.get(0).x()).isLessThan(16 * 0.5);
    assertThat(points.get(points.size() - 1).x()).isGreaterThan((samples - 16) * 0.5);
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i).x()).isGreaterThan(points.get(i - 1).x());
    }
  }

  @Test
  void theCapacityIsEven() {
    assertThatThrownBy(() -> new BoundedSeries(7)).hasMessageContaining("even");
  }
}
