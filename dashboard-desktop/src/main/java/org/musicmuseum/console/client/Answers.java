package org.musicmuseum.console.client;

import static org.musicmuseum.console.client.JsonFields.bool;
import static org.musicmuseum.console.client.JsonFields.decimal;
import static org.musicmuseum.console.client.JsonFields.object;
import static org.musicmuseum.console.client.JsonFields.optionalInstant;
import static org.musicmuseum.console.client.JsonFields.optionalText;
import static org.musicmuseum.console.client.JsonFields.text;
import static org.musicmuseum.console.client.JsonFields.whole;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.model.ArtistCount;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.MinuteCount;
import org.musicmuseum.console.model.ServiceStatus;
import org.musicmuseum.console.model.Stats;

/** Reads the services' JSON answers into the console's model, checking every field it uses. */
final class Answers {

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private Answers() {}

  static Stats stats(JsonValue json) throws Malformed {
    JsonObject o = object(json, "the statistics");
    List<MinuteCount> minutes = new ArrayList<>();
    for (JsonObject m : objects(o, "events_per_minute")) {
      Instant minute =
          optionalInstant(m, "minute").orElseThrow(() -> new Malformed("a minute has no time"));
      minutes.add(new MinuteCount(minute, whole(m, "albums"), whole(m, "singles")));
    }
    List<ArtistCount> artists = new ArrayList<>();
    for (JsonObject a : objects(o, "top_artists")) {
      artists.add(new ArtistCount(text(a, "artist_name"), whole(a, "events")));
    }
    return new Stats(
        whole(o, "num_album_events"),
        Math.toIntExact(whole(o, "max_album_track_count")),
        whole(o, "num_single_events"),
        decimal(o, "max_single_song_duration"),
        optionalInstant(o, "last_updated"),
        minutes,
        artists);
  }

  static HealthReport health(JsonValue json) throws Malformed {
    JsonObject o = object(json, "the status report");
    JsonObject services = object(o.get("services"), "'services'");
    List<ServiceStatus> states = new ArrayList<>();
    for (Map.Entry<String, JsonValue> e : services.entrySet()) {
      JsonObject s = object(e.getValue(), "the state of " + e.getKey());
      states.add(
          new ServiceStatus(
              e.getKey(),
              text(s, "status"),
              optionalInstant(s, "last_check"),
              optionalInstant(s, "since"),
              optionalText(s, "detail").orElse("")));
    }
    return new HealthReport(optionalInstant(o, "last_update"), states);
  }

  static AuditCounts counts(JsonValue json) throws Malformed {
    JsonObject o = object(json, "the counts");
    return new AuditCounts(whole(o, "album"), whole(o, "single_song"), bool(o, "caught_up"));
  }

  static AuditEntry entry(JsonValue json, AuditType type, long index) throws Malformed {
    JsonObject o = object(json, "the audit record");
    JsonObject event = object(o.get("event"), "'event'");
    return new AuditEntry(
        type,
        index,
        pretty(event),
        Math.toIntExact(whole(o, "partition")),
        whole(o, "offset"),
        text(o, "timestamp"));
  }

  static String pretty(JsonObject object) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = PRETTY.createWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString().strip();
  }

  /** An optional array of objects: absent or null is empty. */
  private static List<JsonObject> objects(JsonObject o, String name) throws Malformed {
    JsonValue value = o.get(name);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new Malformed("'" + name + "' is not a list");
    }
    List<JsonObject> items = new ArrayList<>(array.size());
    for (JsonValue item : array) {
      items.add(object(item, "an item of '" + name + "'"));
    }
    return items;
  }
}
