package org.musicmuseum.storage;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The storage service: consumes music events into MySQL and serves them by time range. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum storage",
            version = "1.0",
            description =
                "Stored albums and singles, by time range, in bounded pages with a cursor."))
public class StorageApplication extends Application {}
