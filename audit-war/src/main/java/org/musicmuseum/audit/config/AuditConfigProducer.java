package org.musicmuseum.audit.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes {@link AuditConfig} and {@link TraceConfig} injectable: read from MicroProfile Config once,
 * when first asked for.
 */
@ApplicationScoped
public class AuditConfigProducer {

  @Produces
  @Singleton
  AuditConfig settings(Config config) {
    return AuditConfig.from(config);
  }

  @Produces
  @Singleton
  TraceConfig traceSettings(Config config) {
    return TraceConfig.from(config);
  }
}
