package org.musicmuseum.receiver.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

  @Test
  void passesPrefixedKeysAndForcesDurability() {
    Map<String, String> config =
        Map.of(
            "kafka.producer.linger.ms", "3",
            "kafka.producer.acks", "1",
            "kafka.producer.enable.idempotence", "false",
            "receiver.max-body-bytes", "10");
    var props = ProducerSettings.from(List.copyOf(config.keySet()), config::get, "h:1");
    assertThat(props)
        .containsEntry("linger.ms", "3")
        .containsEntry("bootstrap.servers", "h:1")
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", "true")
        .doesNotContainKey("receiver.max-body-bytes")
        .hasSize(4);
  }
}
