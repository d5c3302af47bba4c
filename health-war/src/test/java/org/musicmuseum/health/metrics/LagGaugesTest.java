package org.musicmuseum.health.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.PartitionLag;
import org.musicmuseum.testkit.MutableClock;

class LagGaugesTest {

  /** The gauges registered, by id, as /metrics would read them; a registry of two methods. */
  private final Map<MetricID, Supplier<?>> gauges = new TreeMap<>();

  private final MetricRegistry registry =
      (MetricRegistry)
          Proxy.newProxyInstance(
              MetricRegistry.class.getClassLoader(),
              new Class<?>[] {MetricRegistry.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "gauge" -> {
                    Metadata metadata = (Metadata) args[0];
                    gauges.put(
                        new MetricID(metadata.getName(), (Tag[]) args[2]), (Supplier<?>) args[1]);
                    return null;
                  }
                  case "remove" -> {
                    return gauges.remove((MetricID) args[0]) != null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                }
              });

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T12:00:00Z"));
  private final LagGauges lag = new LagGauges(registry, clock, "storage");

  @Test
  void eachPartitionGetsAGaugeWithItsGroupTopicAndPartition() {
    lag.update(List.of(partition(0, 5), partition(1, 7)));

    assertThat(value(LagGauges.LAG, "0")).isEqualTo(5L);
    assertThat(value(LagGauges.LAG, "1")).isEqualTo(7L);
  }

  @Test
  void aLaterReadChangesTheValuesOfTheSameGauges() {
    lag.update(List.of(partition(0, 5)));
    lag.update(List.of(partition(0, 0)));

    assertThat(value(LagGauges.LAG, "0")).isEqualTo(0L);
    assertThat(gauges).hasSize(2); // the lag of partition 0 and the read age
  }

  @Test
  void aPartitionNoLongerReportedIsRemoved() {
    lag.update(List.of(partition(0, 5), partition(1, 7)));
    lag.update(List.of(partition(0, 5)));

    assertThat(gauges.keySet()).noneMatch(id -> id.getTags().containsValue("1"));
  }

  @Test
  void theReadAgeGrowsUntilTheNextSuccessfulReadAndTheLagKeepsItsLastValue() {
    lag.update(List.of(partition(0, 5)));
    clock.advance(Duration.ofSeconds(30));

    assertThat(
            (Double)
                gauges.get(new MetricID(LagGauges.READ_AGE, new Tag("group", "storage"))).get())
        .isEqualTo(30.0);
    assertThat(value(LagGauges.LAG, "0")).isEqualTo(5L);

    lag.update(List.of(partition(0, 6)));
    assertThat(lag.readAgeSeconds()).isZero();
  }

  private static PartitionLag partition(int partition, long lag) {
    return new PartitionLag("storage", "music-events", partition, lag);
  }

  private Object value(String name, String partition) {
    MetricID id =
        new MetricID(
            name,
            new Tag("group", "storage"),
            new Tag("topic", "music-events"),
            new Tag("partition", partition));
    assertThat(gauges).containsKey(id);
    return gauges.get(id).get();
  }
}
