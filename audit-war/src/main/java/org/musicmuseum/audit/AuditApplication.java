package org.musicmuseum.audit;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The audit service: any past event, straight from the Kafka log, by its index per type. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum audit",
            version = "1.0",
            description =
                "The N-th album or single of the Kafka log, with its partition, offset and"
                    + " timestamp. A lookup costs the same at any index: an offset index maps N"
                    + " to a position in the log, and one seek reads the record."))
public class AuditApplication extends Application {}
