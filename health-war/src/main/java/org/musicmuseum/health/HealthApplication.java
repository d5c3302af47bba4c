package org.musicmuseum.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The health service: polls every service's readiness and serves their status and history. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum health",
            version = "1.0",
            description =
                "The status of every service (Running, Degraded, Down), the time of its last"
                    + " check and the history of changes, as JSON and as a server-sent-events"
                    + " stream."))
public class HealthApplication extends Application {}
