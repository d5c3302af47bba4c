package org.musicmuseum.console.client;

import static org.musicmuseum.console.client.JsonFields.object;
import static org.musicmuseum.console.client.JsonFields.optionalDecimal;
import static org.musicmuseum.console.client.JsonFields.optionalInstant;
import static org.musicmuseum.console.client.JsonFields.optionalText;
import static org.musicmuseum.console.client.JsonFields.optionalWhole;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.musicmuseum.console.client.JsonFields.Malformed;
import org.musicmuseum.console.model.PipelineReport;
import org.musicmuseum.console.model.PipelineReport.Count;
import org.musicmuseum.console.model.PipelineReport.Freshness;
import org.musicmuseum.console.model.PipelineReport.Ingest;
import org.musicmuseum.console.model.PipelineReport.Reading;
import org.musicmuseum.console.model.PipelineReport.StorageLag;

/** Reads the health service's {@code /pipeline} answer; every item must be there. */
final class PipelineAnswers {

  private PipelineAnswers() {}

  static PipelineReport pipeline(JsonValue json) throws Malformed {
    JsonObject o = object(json, "the pipeline report");
    JsonObject ingest = item(o, "ingest");
    JsonObject lag = item(o, "storage_lag");
    JsonObject freshness = item(o, "freshness");
    return new PipelineReport(
        new Ingest(
            optionalWhole(ingest, "accepted_total"),
            optionalDecimal(ingest, "per_second"),
            optionalWhole(ingest, "window_seconds"),
            reading(ingest)),
        new StorageLag(
            optionalWhole(lag, "events"),
            optionalText(lag, "group"),
            optionalWhole(lag, "partitions").map(Math::toIntExact),
            reading(lag)),
        new Freshness(optionalDecimal(freshness, "seconds"), reading(freshness)),
        count(item(o, "quarantined")),
        count(item(o, "skipped")));
  }

  private static JsonObject item(JsonObject o, String name) throws Malformed {
    return object(o.get(name), "'" + name + "'");
  }

  private static Count count(JsonObject item) throws Malformed {
    return new Count(
        optionalWhole(item, "count"), optionalInstant(item, "changed_at"), reading(item));
  }

  private static Reading reading(JsonObject item) throws Malformed {
    Optional<String> error = optionalText(item, "error").filter(e -> !e.isBlank());
    return new Reading(optionalInstant(item, "at"), error);
  }
}
