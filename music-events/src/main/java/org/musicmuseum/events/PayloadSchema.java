package org.musicmuseum.events;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fields a client posts for each event type, their JSON kinds, and how to build the event. */
final class PayloadSchema {

  static final String TRACE_ID = "trace_id";

  /**
   * One field of a payload.
   *
   * @param json its JSON name
   * @param java the record component it fills (for Bean Validation)
   * @param kind the JSON type it must have
   * @param convert its Java value, once {@code kind} accepted it
   */
  record Field(String json, String java, FieldKind kind, Function<JsonValue, Object> convert) {}

  private static final Map<EventType, PayloadSchema> BY_TYPE =
      Map.of(
          EventType.NEW_ALBUM,
          new PayloadSchema(
              NewAlbumEvent.class,
              List.of(
                  new Field("album_id", "albumId", FieldKind.INTEGER, PayloadSchema::toLong),
                  new Field("album_name", "albumName", FieldKind.STRING, PayloadSchema::toText),
                  new Field("artist_name", "artistName", FieldKind.STRING, PayloadSchema::toText),
                  new Field(
                      "album_track_count",
                      "albumTrackCount",
                      FieldKind.INTEGER,
                      PayloadSchema::toInt)),
              (traceId, v) ->
                  new NewAlbumEvent(
                      traceId,
                      (Long) v.get("album_id"),
                      (String) v.get("album_name"),
                      (String) v.get("artist_name"),
                      (Integer) v.get("album_track_count"))),
          EventType.NEW_SINGLE_SONG,
          new PayloadSchema(
              NewSingleSongEvent.class,
              List.of(
                  new Field("song_id", "songId", FieldKind.INTEGER, PayloadSchema::toLong),
                  new Field("song_name", "songName", FieldKind.STRING, PayloadSchema::toText),
                  new Field("artist_name", "artistName", FieldKind.STRING, PayloadSchema::toText),
                  new Field(
                      "song_duration", "songDuration", FieldKind.NUMBER, PayloadSchema::toDouble)),
              (traceId, v) ->
                  new NewSingleSongEvent(
                      traceId,
                      (Long) v.get("song_id"),
                      (String) v.get("song_name"),
                      (String) v.get("artist_name"),
                      (Double) v.get("song_duration"))));

  private final Class<? extends MusicEvent> eventClass;
  private final List<Field> clientFields;
  private final Set<String> clientNames;
  private final BiFunction<String, Map<String, Object>, MusicEvent> factory;

  private PayloadSchema(
      Class<? extends MusicEvent> eventClass,
      List<Field> clientFields,
      BiFunction<String, Map<String, Object>, MusicEvent> factory) {
    this.eventClass = eventClass;
    this.clientFields = List.copyOf(clientFields);
    this.clientNames =
        clientFields.stream().map(Field::json).collect(Collectors.toUnmodifiableSet());
    this.factory = factory;
  }

  static PayloadSchema of(EventType type) {
    return BY_TYPE.get(type);
  }

  /** The record the payload becomes. */
  Class<? extends MusicEvent> eventClass() {
    return eventClass;
  }

  /** The fields a client sends, in documentation order (no {@code trace_id}). */
  List<Field> clientFields() {
    return clientFields;
  }

  /** Whether a client may send a field of this name. */
  boolean isClientField(String name) {
    return clientNames.contains(name);
  }

  /** Builds the event from values that were all checked. */
  MusicEvent build(String traceId, Map<String, Object> values) {
    return factory.apply(traceId, values);
  }

  private static Object toLong(JsonValue value) {
    return ((JsonNumber) value).longValueExact();
  }

  /** An out-of-int-range count stays out of range, so validation reports it instead of wrapping. */
  private static Object toInt(JsonValue value) {
    long n = ((JsonNumber) value).longValueExact();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
  }

  private static Object toDouble(JsonValue value) {
    return ((JsonNumber) value).doubleValue();
  }

  private static Object toText(JsonValue value) {
    return ((JsonString) value).getString();
  }
}
