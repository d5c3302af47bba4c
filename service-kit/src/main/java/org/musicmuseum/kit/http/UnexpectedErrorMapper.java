package org.musicmuseum.kit.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug on our side, in any service: logged in full, answered as a 500 problem without internals.
 * Found like {@link ProblemMapper}.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(RuntimeException exception) {
    LOG.log(Level.SEVERE, "Unexpected error", exception);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error; it was logged.", List.of());
  }
}
