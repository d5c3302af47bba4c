package org.musicmuseum.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicProbeTest {

  @Test
  void aBrokerThatIsNotThereIsDownWithAReasonWithinTheTimeout() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (TopicProbe probe = new TopicProbe("127.0.0.1:" + port, "test", "music-events")) {
      long start = System.nanoTime();

      Optional<String> reason = probe.probe().either(n -> Optional.empty(), Optional::of);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(reason).hasValueSatisfying(r -> assertThat(r).isNotBlank());
    }
  }
}
