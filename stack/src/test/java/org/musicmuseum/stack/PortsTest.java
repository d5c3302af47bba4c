package org.musicmuseum.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void freePortsAreFreeAndDistinct() {
    List<Integer> ports = Ports.free(5);
    assertThat(new HashSet<>(ports)).hasSize(5);
    ports.forEach(port -> assertThat(Ports.isFree(port)).isTrue());
  }

  @Test
  void aPortInUseIsReportedWithTheVariableThatMovesIt() throws IOException {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = taken.getLocalPort();

      assertThat(Ports.isFree(port)).isFalse();
      assertThatThrownBy(() -> Ports.requireFree(port, "RECEIVER_PORT", "receiver"))
          .isInstanceOf(PortInUseException.class)
          .hasMessage(
              "port " + port + " (receiver) is already in use; set RECEIVER_PORT to move it");
    }
  }

  @Test
  void aFreePortPassesTheCheck() {
    int port = Ports.free();
    Ports.requireFree(port, "STORAGE_PORT", "storage");
  }
}
