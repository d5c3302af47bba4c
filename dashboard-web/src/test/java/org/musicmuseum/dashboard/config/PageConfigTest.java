package org.musicmuseum.dashboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageConfigTest {

  @Test
  void absoluteUrlsAndPathsOfTheSameOriginAreAcceptedWithoutTrailingSlash() {
    PageConfig config =
        new PageConfig("https://museum.example/processing//", " /healthcheck ", "/audit_log", 250);

    assertThat(config.processingUrl()).isEqualTo("https://museum.example/processing");
    assertThat(config.healthUrl()).isEqualTo("/healthcheck");
    assertThat(config.auditUrl()).isEqualTo("/audit_log");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "processing", "//other.host/processing", "ftp://h/p", "http:///p", "/p?x=1"})
  void anythingElseIsRefusedNamingTheKey(String bad) {
    assertThatThrownBy(() -> new PageConfig("/processing", bad, "/audit_log", 5000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("health.url");
  }

  @Test
  void tooShortARefreshIntervalIsRefused() {
    assertThatThrownBy(() -> new PageConfig("/processing", "/healthcheck", "/audit_log", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dashboard.refresh-ms");
  }
}
