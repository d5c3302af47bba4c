package org.musicmuseum.health.config;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The pipeline reader's settings: how often it scrapes the services' {@code /metrics} ({@code
 * health.pipeline.interval-ms}, env {@code HEALTH_PIPELINE_INTERVAL_MS}) and over how many seconds
 * of reads the ingest rate is taken ({@code health.pipeline.window-seconds}, env {@code
 * HEALTH_PIPELINE_WINDOW_SECONDS}).
 *
 * @param interval the pause between two rounds of scrapes
 * @param window the ingest rate's window
 */
public record PipelineConfig(Duration interval, Duration window) {

  public PipelineConfig {
    HealthSettings.requirePositive("health.pipeline.interval-ms", interval);
    HealthSettings.requirePositive("health.pipeline.window-seconds", window);
  }

  /** Reads both settings; a missing or malformed one fails with its key. */
  public static PipelineConfig from(Config config) {
    return new PipelineConfig(
        Duration.ofMillis(config.getValue("health.pipeline.interval-ms", Long.class)),
        Duration.ofSeconds(config.getValue("health.pipeline.window-seconds", Long.class)));
  }
}
