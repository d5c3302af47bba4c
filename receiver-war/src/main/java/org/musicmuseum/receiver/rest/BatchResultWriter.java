package org.musicmuseum.receiver.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import org.musicmuseum.events.Violation;
import org.musicmuseum.receiver.domain.BatchItemResult;
import org.musicmuseum.receiver.domain.BatchResult;

/**
 * Writes a batch's answer with a JSON-P generator, in the shape JSON-B gives the records (absent
 * fields left out). JSON-B's cycle check hashed the whole result, all its items, for every answer:
 * a few per cent of the receiver's CPU in the batch profile (docs/benchmarks.md).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class BatchResultWriter implements MessageBodyWriter<BatchResult> {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == BatchResult.class;
  }

  @Override
  public void writeTo(
      BatchResult result,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out)
      throws IOException {
    // Written whole, then copied: closing a generator closes its stream, which is the container's.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * (result.results().size() + 1));
    try (JsonGenerator json = GENERATORS.createGenerator(buffer)) {
      write(result, json);
    }
    buffer.writeTo(out);
  }

  static void write(BatchResult result, JsonGenerator json) {
    json.writeStartObject()
        .write("accepted", result.accepted())
        .write("rejected", result.rejected())
        .write("failed", result.failed())
        .writeStartArray("results");
    for (BatchItemResult item : result.results()) {
      json.writeStartObject().write("index", item.index()).write("status", item.status());
      writeIfPresent(json, "trace_id", item.traceId());
      json.writeStartArray("violations");
      for (Violation violation : item.violations()) {
        json.writeStartObject();
        writeIfPresent(json, "field", violation.field());
        writeIfPresent(json, "message", violation.message());
        json.writeEnd();
      }
      json.writeEnd();
      writeIfPresent(json, "detail", item.detail());
      json.writeEnd();
    }
    json.writeEnd().writeEnd();
  }

  /** JSON-B leaves a null out. */
  private static void writeIfPresent(JsonGenerator json, String name, String value) {
    if (value != null) {
      json.write(name, value);
    }
  }
}
