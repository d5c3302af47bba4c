package org.musicmuseum.dashboard.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.musicmuseum.dashboard.config.DashboardConfig;
import org.musicmuseum.dashboard.config.PageConfig;

class ConfigResourceTest {

  private static ConfigResource resource(String processing, String health, String audit, long ms) {
    // The settings as MicroProfile Config would inject them, checked on every call.
    DashboardConfig config =
        new DashboardConfig() {
          @Override
          public PageConfig pageConfig() {
            return new PageConfig(processing, health, audit, ms);
          }
        };
    ConfigResource resource = new ConfigResource();
    resource.config = config;
    return resource;
  }

  @Test
  void servesTheConfiguredUrlsAndIntervalAsJsonNeverCached() throws Exception {
    Response response =
        resource(
                "http://localhost:8100/processing/",
                "http://localhost:8120/healthcheck",
                "/audit_log",
                2500)
            .config();

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(
            ((CacheControl) response.getMetadata().getFirst(HttpHeaders.CACHE_CONTROL)).isNoStore())
        .isTrue();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      JsonObject json =
          Json.createReader(new StringReader(jsonb.toJson(response.getEntity()))).readObject();
      assertThat(json.getString("processing_url")).isEqualTo("http://localhost:8100/processing");
      assertThat(json.getString("health_url")).isEqualTo("http://localhost:8120/healthcheck");
      assertThat(json.getString("audit_url")).isEqualTo("/audit_log");
      assertThat(json.getJsonNumber("refresh_ms").longValue()).isEqualTo(2500);
      assertThat(json.keySet())
          .containsExactly("processing_url", "health_url", "audit_url", "refresh_ms");
    }
  }

  @Test
  void aBadSettingIsReportedWithItsKey() {
    ConfigResource resource =
        resource("ftp://files/processing", "/healthcheck", "/audit_log", 5000);

    assertThatThrownBy(resource::config)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("processing.url");
  }
}
