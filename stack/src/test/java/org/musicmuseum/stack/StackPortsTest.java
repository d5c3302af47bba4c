package org.musicmuseum.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackPortsTest {

  private static final List<ServiceSpec> TWO =
      List.of(Services.byName("receiver"), Services.byName("storage"));

  @Test
  void defaultsComeFromTheDesign() {
    StackPorts ports = StackPorts.fromEnv(Map.of(), TWO);

    assertThat(ports.kafka()).isEqualTo(9092);
    assertThat(ports.kafkaController()).isEqualTo(9093);
    assertThat(ports.db()).isEqualTo(3306);
    assertThat(ports.get("receiver")).isEqualTo(8080);
    assertThat(ports.get("storage")).isEqualTo(8090);
  }

  @Test
  void everyPortMovesWithItsVariable() {
    Map<String, String> env =
        Map.of(
            "KAFKA_PORT",
            "19092",
            "KAFKA_CONTROLLER_PORT",
            "19093",
            "DB_PORT",
            "13306",
            "RECEIVER_PORT",
            " 18080 ",
            "STORAGE_PORT",
            "");
    StackPorts ports = StackPorts.fromEnv(env, TWO);

    assertThat(ports.kafka()).isEqualTo(19092);
    assertThat(ports.kafkaController()).isEqualTo(19093);
    assertThat(ports.db()).isEqualTo(13306);
    assertThat(ports.get("receiver")).isEqualTo(18080);
    assertThat(ports.get("storage")).isEqualTo(8090);
  }

  @Test
  void aMalformedPortNamesTheVariable() {
    assertThatThrownBy(() -> StackPorts.fromEnv(Map.of("DB_PORT", "mysql"), TWO))
        .isInstanceOf(StackException.class)
        .hasMessageContaining("DB_PORT")
        .hasMessageContaining("'mysql'");
    assertThatThrownBy(() -> StackPorts.fromEnv(Map.of("RECEIVER_PORT", "70000"), TWO))
        .hasMessageContaining("RECEIVER_PORT");
  }

  @Test
  void randomPortsAreDistinct() {
    StackPorts ports = StackPorts.random(TWO);
    List<Integer> all =
        List.of(
            ports.kafka(),
            ports.kafkaController(),
            ports.db(),
            ports.get("receiver"),
            ports.get("storage"));
    assertThat(new HashSet<>(all)).hasSize(5);
  }

  @Test
  void overridesReplaceSomePorts() {
    StackPorts ports = StackPorts.fromEnv(Map.of(), TWO).withOverrides(Map.of("receiver", 18080));

    assertThat(ports.get("receiver")).isEqualTo(18080);
    assertThat(ports.get("storage")).isEqualTo(8090);
    assertThatThrownBy(() -> ports.get("audit")).isInstanceOf(IllegalArgumentException.class);
  }
}
