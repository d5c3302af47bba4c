package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HotMethodsTest {

  @Test
  void framesFallIntoTheirAreas() {
    assertThat(HotMethods.areaOf("org.musicmuseum.receiver.rest.Bodies"))
        .isEqualTo("Music Museum code");
    assertThat(HotMethods.areaOf("org.apache.kafka.clients.producer.KafkaProducer"))
        .isEqualTo("Kafka client");
    assertThat(HotMethods.areaOf("org.eclipse.yasson.internal.Marshaller")).startsWith("JSON");
    assertThat(HotMethods.areaOf("com.ibm.ws.http.channel.internal.HttpServiceContextImpl"))
        .startsWith("Liberty");
    assertThat(HotMethods.areaOf("java.util.HashMap")).isNull();
  }
}
