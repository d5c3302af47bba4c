package org.musicmuseum.receiver.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The headers an event post reads, for {@code @BeanParam}: the same for every event type. */
public class EventHeaders {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Parameter(description = "Retries with the same key keep the same trace_id and are stored once")
  @HeaderParam(IDEMPOTENCY_KEY)
  String idempotencyKey;

  @Parameter(hidden = true)
  @HeaderParam(HttpHeaders.CONTENT_LENGTH)
  String contentLength;
}
