package org.musicmuseum.receiver.messaging;

import java.util.concurrent.CompletionStage;
import org.musicmuseum.events.EventEnvelope;
import org.musicmuseum.events.MusicEvent;

/** Publishes an event; the stage completes when the broker acknowledged it, or fails. */
public interface EventPublisher {

  CompletionStage<Void> publish(EventEnvelope<? extends MusicEvent> envelope);
}
