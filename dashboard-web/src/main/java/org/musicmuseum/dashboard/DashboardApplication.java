package org.musicmuseum.dashboard;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The browser dashboard. The page and its scripts are static files of the WAR; the only API is
 * {@code GET /api/config}, which tells the page where the services are. Under {@code /api} so that
 * every other path stays with the static files.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Music Museum dashboard",
            version = "1.0",
            description =
                "The configuration the dashboard page reads: the base URLs of the processing,"
                    + " health and audit APIs and how often to refresh."))
public class DashboardApplication extends Application {}
