package org.musicmuseum.health.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.health.domain.WatchedService;

class HealthSettingsTest {

  private static final Map<String, String> URLS =
      Map.of(
          "receiver.url", "http://localhost:8080/receiver",
          "storage.url", "https://museum.example:8443/storage",
          "audit.url", "http://audit/audit_log");

  private static List<WatchedService> watched(String... names) {
    return HealthSettings.watched(List.of(names), key -> Optional.ofNullable(URLS.get(key)));
  }

  @Test
  void readinessIsAtTheRootOfEachServer() {
    assertThat(watched("receiver", " storage", "audit", ""))
        .extracting(WatchedService::readinessUri)
        .containsExactly(
            URI.create("http://localhost:8080/health/ready"),
            URI.create("https://museum.example:8443/health/ready"),
            URI.create("http://audit/health/ready"));
  }

  @Test
  void aServiceWithoutAUrlIsNamedWithItsVariable() {
    assertThatThrownBy(() -> watched("receiver", "processing"))
        .hasMessageContaining("processing")
        .hasMessageContaining("PROCESSING_URL");
  }

  @Test
  void aBadUrlIsRefused() {
    assertThatThrownBy(() -> WatchedService.of("storage", "localhost:8090/storage"))
        .hasMessageContaining("storage");
    assertThatThrownBy(() -> WatchedService.of("storage", "http://bad host/"))
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> WatchedService.of("storage", "ftp://host/storage"))
        .hasMessageContaining("http(s)");
  }

  @Test
  void settingsAreChecked() {
    List<WatchedService> services = watched("receiver");
    Path file = Path.of("status.json");
    Duration second = Duration.ofSeconds(1);

    assertThatThrownBy(() -> new HealthSettings(services, Duration.ZERO, second, file, 100))
        .hasMessageContaining("health.interval-ms");
    assertThatThrownBy(() -> new HealthSettings(services, second, Duration.ZERO, file, 100))
        .hasMessageContaining("health.timeout-ms");
    assertThatThrownBy(() -> new HealthSettings(services, second, second, file, 0))
        .hasMessageContaining("health.history-size");
    assertThatThrownBy(
            () -> new HealthSettings(watched("receiver", "receiver"), second, second, file, 1))
        .hasMessageContaining("twice");
  }

  @Test
  void aRoundMayTakeThreeIntervalsPlusATimeout() {
    HealthSettings settings =
        new HealthSettings(
            watched("receiver"),
            Duration.ofMillis(5000),
            Duration.ofMillis(2000),
            Path.of("status.json"),
            100);

    assertThat(settings.maxRoundAge()).isEqualTo(Duration.ofMillis(17000));
  }
}
