package org.musicmuseum.kit.http;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client one service uses to call another: HTTP/1.1 (what Liberty answers without an
 * upgrade round trip), a connect timeout, and no redirects followed (a service that redirects is
 * misconfigured, and the caller should say so rather than go elsewhere).
 */
public final class ServiceClients {

  private ServiceClients() {}

  /** A client that gives up connecting after {@code connectTimeout}. */
  public static HttpClient client(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }
}
