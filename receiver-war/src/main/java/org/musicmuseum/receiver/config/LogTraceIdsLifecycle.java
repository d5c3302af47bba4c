package org.musicmuseum.receiver.config;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.musicmuseum.kit.trace.LogTraceIds;

/**
 * While the application runs, what the server logs while it handles a request carries that
 * request's W3C trace id ({@code ext_traceId} in JSON logs; the service kit's {@link LogTraceIds}).
 */
@ApplicationScoped
public class LogTraceIdsLifecycle {

  private Optional<LogTraceIds> registered = Optional.empty();

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registered = LogTraceIds.register();
  }

  @PreDestroy
  void stop() {
    registered.ifPresent(LogTraceIds::close);
  }
}
