package org.musicmuseum.dashboard.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the page's own files are deployed; a broken deployment needs a new one. */
@Liveness
@ApplicationScoped
public class PageFilesLivenessCheck implements HealthCheck {

  static final List<String> PAGE_FILES =
      List.of("/index.html", "/js/main.js", "/css/dashboard.css", "/img/logo.svg");

  private volatile ServletContext context;

  /** CDI hands over the web application's context when the application starts. */
  void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    this.context = context;
  }

  @Override
  public HealthCheckResponse call() {
    List<String> missing = PAGE_FILES.stream().filter(path -> !present(path)).toList();
    var builder = HealthCheckResponse.named("page-files").status(missing.isEmpty());
    return missing.isEmpty()
        ? builder.build()
        : builder.withData("missing", String.join(", ", missing)).build();
  }

  private boolean present(String path) {
    ServletContext web = context;
    try {
      return web != null && web.getResource(path) != null;
    } catch (MalformedURLException e) {
      return false;
    }
  }
}
