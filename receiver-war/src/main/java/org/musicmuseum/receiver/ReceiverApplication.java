package org.musicmuseum.receiver;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The receiver: accepts albums and singles and publishes them to Kafka. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum receiver",
            version = "1.0",
            description =
                "Accepts new albums and single songs. A 201 means Kafka acknowledged the event"
                    + " (acks=all); send an Idempotency-Key to retry safely."))
public class ReceiverApplication extends Application {}
