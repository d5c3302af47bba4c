package org.musicmuseum.storage.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes {@link StorageConfig} injectable: read from MicroProfile Config once, when first asked for.
 */
@ApplicationScoped
public class StorageConfigProducer {

  @Produces
  @Singleton
  StorageConfig settings(Config config) {
    return StorageConfig.from(config);
  }
}
