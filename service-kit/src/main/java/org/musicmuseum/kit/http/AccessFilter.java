package org.musicmuseum.kit.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Applies the service's {@link AccessPolicy} to every request of its application, with a problem
 * answer: 401 (and {@code WWW-Authenticate: Bearer}) without an accepted credential, 403 without
 * the role. The container authenticates (MicroProfile JWT in the jwt security profile) where {@code
 * META-INF/web-fragment.xml} asks for a caller; this filter authorises. Registered in every service
 * by that web-fragment.
 */
public class AccessFilter implements Filter {

  static final String CHALLENGE = "Bearer realm=\"music-museum\"";

  private AccessPolicy policy = AccessPolicy.OPEN;

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    try {
      policy = AccessPolicy.from(ConfigProvider.getConfig(getClass().getClassLoader()));
    } catch (IllegalStateException e) {
      throw new ServletException(e.getMessage(), e);
    }
  }

  @Override
  public void doFilter(
      ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    if (policy.open()
        || !(servletRequest instanceof HttpServletRequest request)
        || !(servletResponse instanceof HttpServletResponse response)) {
      chain.doFilter(servletRequest, servletResponse);
      return;
    }
    switch (policy.decide(
        request.getMethod(), request.getUserPrincipal() != null, role -> inRole(request, role))) {
      case ALLOW -> chain.doFilter(request, response);
      case UNAUTHENTICATED -> unauthorized(response);
      case FORBIDDEN -> forbidden(response);
    }
  }

  /** The token's {@code groups} hold the role (or the server maps the caller to it). */
  private static boolean inRole(HttpServletRequest request, String role) {
    if (request.getUserPrincipal() instanceof JsonWebToken token
        && token.getGroups() != null
        && token.getGroups().contains(role)) {
      return true;
    }
    return request.isUserInRole(role);
  }

  static void unauthorized(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    ServletProblems.write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "Unauthorized",
        "This request needs a valid bearer token (Authorization: Bearer ...); nothing was done.");
  }

  static void forbidden(HttpServletResponse response) throws IOException {
    ServletProblems.write(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "Forbidden",
        "The token is valid but does not grant the role this request needs; nothing was done.");
  }
}
