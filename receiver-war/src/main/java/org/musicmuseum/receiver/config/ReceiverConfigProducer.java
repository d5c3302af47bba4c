package org.musicmuseum.receiver.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes {@link ReceiverConfig} injectable: read from MicroProfile Config once, when first asked
 * for.
 */
@ApplicationScoped
public class ReceiverConfigProducer {

  @Produces
  @Singleton
  ReceiverConfig settings(Config config) {
    return ReceiverConfig.from(config);
  }
}
