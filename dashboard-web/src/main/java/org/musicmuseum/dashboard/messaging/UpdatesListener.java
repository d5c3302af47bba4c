package org.musicmuseum.dashboard.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.musicmuseum.dashboard.service.UpdateRelay;
import org.musicmuseum.events.Topics;

/**
 * Reads the updates topic (channel {@value Topics#UPDATES_CHANNEL}; connector settings in
 * microprofile-config.properties). Each dashboard server has a consumer group of its own, so that
 * every instance sees every update.
 */
@ApplicationScoped
public class UpdatesListener {

  @Inject UpdateRelay relay;

  @Incoming(Topics.UPDATES_CHANNEL)
  public void receive(String message) {
    relay.accept(message);
  }
}
