package org.musicmuseum.receiver;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.musicmuseum.kit.http.Problem;
import org.musicmuseum.kit.http.Problems;
import org.musicmuseum.receiver.rest.Accepted;

/**
 * The receiver: accepts albums and singles and publishes them to Kafka. The answers every event
 * endpoint shares are declared here once; the resources refer to them by name.
 */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum receiver",
            version = "1.0",
            description =
                "Accepts new albums and single songs. A 201 means Kafka acknowledged the event"
                    + " (acks=all); send an Idempotency-Key to retry safely."),
    components =
        @Components(
            responses = {
              // Both media types, as the endpoints' @Produces listed them before the reference.
              @APIResponse(
                  name = ReceiverApplication.ACCEPTED,
                  description = "Acknowledged by Kafka",
                  content = {
                    @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Accepted.class)),
                    @Content(
                        mediaType = Problems.PROBLEM_JSON,
                        schema = @Schema(implementation = Accepted.class))
                  }),
              @APIResponse(
                  name = ReceiverApplication.INVALID,
                  description = "Invalid; every refused field is named",
                  content =
                      @Content(
                          mediaType = Problems.PROBLEM_JSON,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(name = ReceiverApplication.TOO_LARGE, description = "Body too large"),
              @APIResponse(
                  name = ReceiverApplication.NOT_JSON,
                  description = "Not application/json"),
              @APIResponse(
                  name = ReceiverApplication.UNAVAILABLE,
                  description = "Kafka unavailable; retry after Retry-After seconds")
            }))
public class ReceiverApplication extends Application {

  /** The names of the shared answers, for {@code @APIResponse(ref = …)}. */
  public static final String ACCEPTED = "EventAccepted";

  public static final String INVALID = "EventInvalid";
  public static final String TOO_LARGE = "BodyTooLarge";
  public static final String NOT_JSON = "NotJson";
  public static final String UNAVAILABLE = "KafkaUnavailable";
}
