package org.musicmuseum.processing.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.musicmuseum.events.Topics;
import org.musicmuseum.events.UpdateKind;
import org.musicmuseum.kit.updates.UpdateSender;
import org.musicmuseum.processing.domain.StatsView;

/**
 * Publishes statistics to the updates topic (channel {@value Topics#UPDATES_CHANNEL}, connector
 * settings in microprofile-config.properties), never holding up a run.
 */
@ApplicationScoped
public class StatsUpdates {

  @Inject
  @Channel(Topics.UPDATES_CHANNEL)
  Emitter<String> emitter;

  @Resource ManagedExecutorService executor;

  private UpdateSender sender;

  @PostConstruct
  void init() {
    sender = new UpdateSender(emitter::send, executor, Clock.systemUTC());
  }

  /** Publishes {@code view}, what {@code GET /stats} answers now. */
  public void publish(StatsView view) {
    sender.send(UpdateKind.STATS, view);
  }

  @PreDestroy
  void close() {
    sender.close();
  }
}
