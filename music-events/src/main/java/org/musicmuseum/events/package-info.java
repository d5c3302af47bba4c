/**
 * The music-event model every service shares: the event types, the envelope that travels on the
 * topic, the strict parser, the codec, validation and the topic name.
 */
package org.musicmuseum.events;
