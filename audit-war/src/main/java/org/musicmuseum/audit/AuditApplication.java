package org.musicmuseum.audit;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.audit.domain.AuditRecord;
import org.musicmuseum.kit.http.Problem;
import org.musicmuseum.kit.http.Problems;

/**
 * The audit service: any past event, straight from the Kafka log, by its index per type. The
 * answers both lookups share are declared here once; the resource refers to them by name.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum audit",
            version = "1.0",
            description =
                "The N-th album or single of the Kafka log, with its partition, offset and"
                    + " timestamp. A lookup costs the same at any index: an offset index maps N"
                    + " to a position in the log, and one seek reads the record."),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = AuditApplication.FOUND,
                  description = "The event with its partition, offset and timestamp",
                  content =
                      @Content(
                          mediaType = MediaType.APPLICATION_JSON,
                          schema = @Schema(implementation = AuditRecord.class))),
              @APIResponse(
                  name = AuditApplication.BAD_INDEX,
                  description = "index is missing, negative or not a number",
                  content =
                      @Content(
                          mediaType = Problems.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = AuditApplication.GONE,
                  description = "Retention removed the event from the log"),
              @APIResponse(
                  name = AuditApplication.NOT_READY,
                  description =
                      "The index is still reading the log, or Kafka did not answer; see"
                          + " Retry-After")
            }))
public class AuditApplication extends Application {

  /** The names of the shared answers, for {@code @APIResponse(ref = …)}. */
  public static final String FOUND = "EventFound";

  public static final String BAD_INDEX = "BadIndex";
  public static final String GONE = "EventGone";
  public static final String NOT_READY = "IndexNotReady";
}
