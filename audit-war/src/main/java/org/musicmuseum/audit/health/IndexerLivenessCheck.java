package org.musicmuseum.audit.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.musicmuseum.audit.messaging.IndexRunner;
import org.musicmuseum.kit.health.LoopLiveness;

/** Live while the indexing thread runs; a dead indexer needs a restart. */
@Liveness
@ApplicationScoped
public class IndexerLivenessCheck implements HealthCheck {

  @Inject IndexRunner indexer;

  @Override
  public HealthCheckResponse call() {
    return LoopLiveness.of("audit-indexer-thread", indexer.status());
  }
}
