package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.musicmuseum.loadtest.report.chart.Point;

class RssSamplerTest {

  @Test
  void everySampleOfAProcessIsKeptWithItsTimeAndItsPeak() throws Exception {
    long self = ProcessHandle.current().pid();
    AtomicInteger tick = new AtomicInteger();
    RssSampler sampler =
        new RssSampler(
            List.of("self", "gone"),
            name -> name.equals("self") ? OptionalLong.of(self) : OptionalLong.empty(),
            () -> tick.getAndIncrement() * 0.5);

    for (int i = 0; i < 5; i++) {
      sampler.sample();
    }
    sampler.close(); // never started: closing does nothing more

    List<Point> points = sampler.series().get("self");
    assertThat(sampler.series()).containsOnlyKeys("self");
    assertThat(points).extracting(Point::x).containsExactly(0.0, 0.5, 1.0, 1.5, 2.0);
    double peak = points.stream().mapToDouble(Point::y).max().orElseThrow();
    assertThat(peak).isGreaterThan(1); // this JVM's RSS in MB
    assertThat(sampler.peakMb().get("self")).isEqualTo(peak);
  }
}
