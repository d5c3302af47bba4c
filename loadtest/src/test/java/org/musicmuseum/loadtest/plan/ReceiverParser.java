package org.musicmuseum.loadtest.plan;

import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import org.musicmuseum.events.EventParser;
import org.musicmuseum.events.EventType;
import org.musicmuseum.events.ParseResult;

/** The receiver's own reading of a posted body: music-events' EventParser with Bean Validation. */
final class ReceiverParser implements AutoCloseable {

  private static final String TRACE_ID = "3f0c9a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6";

  private final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
  private final EventParser parser = new EventParser(validation.getValidator());

  /** Whether the receiver would accept {@code body} as an event of {@code type}. */
  boolean accepts(EventType type, String body) {
    ParseResult<JsonValue> json = EventParser.readJson(body.getBytes(StandardCharsets.UTF_8));
    return json instanceof ParseResult.Valid<JsonValue> v
        && parser.parseRequest(type, v.value(), TRACE_ID) instanceof ParseResult.Valid<?>;
  }

  @Override
  public void close() {
    validation.close();
  }
}
