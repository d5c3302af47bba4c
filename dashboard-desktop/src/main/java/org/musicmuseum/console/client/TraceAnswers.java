package org.musicmuseum.console.client;

import static org.musicmuseum.console.client.JsonFields.bool;
import static org.musicmuseum.console.client.JsonFields.object;
import static org.musicmuseum.console.client.JsonFields.optionalInstant;
import static org.musicmuseum.console.client.JsonFields.optionalText;
import static org.musicmuseum.console.client.JsonFields.optionalWhole;
import static org.musicmuseum.console.client.JsonFields.section;
import static org.musicmuseum.console.client.JsonFields.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.model.EventTrace;
import org.musicmuseum.console.model.EventTrace.Counted;
import org.musicmuseum.console.model.EventTrace.Hops;
import org.musicmuseum.console.model.EventTrace.Kafka;
import org.musicmuseum.console.model.EventTrace.Stored;

/** Reads audit's {@code /trace/{trace_id}} answer; fields the service left out are empty. */
final class TraceAnswers {

  private TraceAnswers() {}

  static EventTrace trace(JsonValue json) throws Malformed {
    JsonObject o = object(json, "the trace answer");
    JsonObject kafka = object(o.get("kafka"), "'kafka'");
    JsonObject stored = object(o.get("stored"), "'stored'");
    JsonObject counted = object(o.get("counted"), "'counted'");
    JsonObject hops = section(o, "hops");
    return new EventTrace(
        text(o, "trace_id"),
        text(o, "state"),
        optionalInstant(o, "accepted_at"),
        new Kafka(
            bool(kafka, "searched"),
            bool(kafka, "found"),
            optionalWhole(kafka, "partition").map(Math::toIntExact),
            optionalWhole(kafka, "offset"),
            optionalInstant(kafka, "timestamp"),
            optionalText(kafka, "reason")),
        new Stored(
            text(stored, "status"),
            optionalText(stored, "table"),
            optionalWhole(stored, "row_id"),
            optionalInstant(stored, "at"),
            optionalText(stored, "reason")),
        new Counted(
            text(counted, "status"),
            optionalWhole(counted, "run"),
            optionalInstant(counted, "at"),
            optionalText(counted, "reason")),
        new Hops(
            optionalWhole(hops, "accepted_to_kafka_ms"),
            optionalWhole(hops, "kafka_to_stored_ms"),
            optionalWhole(hops, "stored_to_counted_ms")));
  }
}
