package org.musicmuseum.processing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The processing service: turns the stored events into live statistics. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum processing",
            version = "1.0",
            description =
                "Statistics of the stored albums and singles, updated on a schedule from the"
                    + " storage service and kept in a JSON file across restarts."))
public class ProcessingApplication extends Application {}
