package org.musicmuseum.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PrefixedPropertiesTest {

  private static Properties collect(Map<String, String> config) {
    return PrefixedProperties.collect("kafka.producer.", List.copyOf(config.keySet()), config::get);
  }

  @Test
  void dottedKeysUnderThePrefixLoseIt() {
    Properties props =
        collect(Map.of("kafka.producer.linger.ms", "5", "kafka.consumer.group.id", "x", "a", "b"));

    assertThat(props).containsOnly(Map.entry("linger.ms", "5"));
  }

  @Test
  void anEnvironmentNameAddsASettingTheFileDoesNotHave() {
    Properties props =
        collect(
            Map.of(
                "kafka.producer.linger.ms", "5",
                "KAFKA_PRODUCER_COMPRESSION_TYPE", "lz4",
                "KAFKA_CONSUMER_MAX_POLL_RECORDS", "9"));

    assertThat(props)
        .containsOnly(Map.entry("linger.ms", "5"), Map.entry("compression.type", "lz4"));
  }

  @Test
  void theDottedSpellingWinsOverTheEnvironmentName() {
    Properties props =
        collect(Map.of("kafka.producer.linger.ms", "7", "KAFKA_PRODUCER_LINGER_MS", "ignored"));

    assertThat(props).containsOnly(Map.entry("linger.ms", "7"));
  }

  @Test
  void thePrefixAloneIsNoSetting() {
    assertThat(collect(Map.of("kafka.producer.", "x", "KAFKA_PRODUCER_", "y"))).isEmpty();
  }
}
