package org.musicmuseum.events.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug on our side: logged in full, answered as a 500 problem without internals. */
public abstract class UnexpectedErrorMapperBase implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapperBase.class.getName());

  @Override
  public Response toResponse(RuntimeException exception) {
    LOG.log(Level.SEVERE, "Unexpected error", exception);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error; it was logged.", List.of());
  }
}
