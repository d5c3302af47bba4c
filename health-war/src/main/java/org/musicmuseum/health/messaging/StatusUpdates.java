package org.musicmuseum.health.messaging;

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
import org.musicmuseum.health.domain.ChangeNotice;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.kit.updates.UpdateSender;

/**
 * Publishes status changes and each round's report to the updates topic (channel {@value
 * Topics#UPDATES_CHANNEL}, connector settings in microprofile-config.properties), never holding up
 * the poller.
 */
@ApplicationScoped
public class StatusUpdates {

  @Inject
  @Channel(Topics.UPDATES_CHANNEL)
  Emitter<String> emitter;

  @Resource ManagedExecutorService executor;

  private UpdateSender sender;

  @PostConstruct
  void init() {
    sender = new UpdateSender(emitter::send, executor, Clock.systemUTC());
  }

  /** One service's status changed. */
  public void publishChange(ChangeNotice change) {
    sender.send(UpdateKind.CHANGE, change);
  }

  /** A round ended: {@code report} is what {@code GET /status} answers now. */
  public void publishStatus(StatusReport report) {
    sender.send(UpdateKind.STATUS, report);
  }

  @PreDestroy
  void close() {
    sender.close();
  }
}
