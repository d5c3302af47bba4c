package org.musicmuseum.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {

  private static final String CONF =
      """
      http {
        upstream receiver {
          server receiver-1:8080 max_fails=1 fail_timeout=5s;
          server receiver-2:8080 max_fails=1 fail_timeout=5s;
          keepalive 16;
        }
        upstream storage {
          server storage:8090;
        }
        server {
          listen 8000;
          listen [::]:8000;
        }
      }
      """;

  @Test
  void upstreamsAndTheListenerPointAtTheTestsPorts() {
    String conf =
        GatewayConfig.rewrite(
            CONF, 4711, Map.of("receiver", List.of(1001, 1002, 1003), "storage", List.of(2001)));

    assertThat(conf)
        .contains("server 127.0.0.1:1001 max_fails=1 fail_timeout=5s;")
        .contains("server 127.0.0.1:1002 max_fails=1 fail_timeout=5s;")
        .contains("server 127.0.0.1:1003 max_fails=1 fail_timeout=5s;")
        .contains("keepalive 16;")
        .contains("server 127.0.0.1:2001;")
        .contains("listen 127.0.0.1:4711;")
        .doesNotContain("receiver-1", "[::]", "storage:8090");
  }

  @Test
  void upstreamHostsAreTheServerLinesWithoutTheirPorts() {
    assertThat(GatewayConfig.upstreamHosts(CONF))
        .containsExactly(
            Map.entry("receiver", List.of("receiver-1", "receiver-2")),
            Map.entry("storage", List.of("storage")));
  }

  @Test
  void anUpstreamWithoutPortsIsAnError() {
    assertThatThrownBy(() -> GatewayConfig.rewrite(CONF, 4711, Map.of("receiver", List.of(1))))
        .hasMessageContaining("upstream 'storage'");
  }
}
