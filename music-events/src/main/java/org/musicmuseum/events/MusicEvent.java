package org.musicmuseum.events;

/** The payload of a music event: what a client posted plus the trace id the receiver gave it. */
public sealed interface MusicEvent permits NewAlbumEvent, NewSingleSongEvent {

  /** The unique id of the event end to end; also the Kafka record key. */
  String traceId();

  /** What kind of event this is. */
  EventType type();

  /** The artist the event is about. */
  String artistName();
}
