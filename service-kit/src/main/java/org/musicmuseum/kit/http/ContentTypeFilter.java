package org.musicmuseum.kit.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses a request whose Content-Type is not a media type, or names a charset other than UTF-8,
 * with a 415 problem before JAX-RS sees it (RESTEasy would answer the first with the container's
 * HTML error page, and read the second as UTF-8 anyway). Registered in every service by this jar's
 * {@code META-INF/web-fragment.xml}.
 */
public class ContentTypeFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> problem = ContentTypes.problemWith(request.getContentType());
    if (problem.isEmpty() || !(servletResponse instanceof HttpServletResponse response)) {
      chain.doFilter(request, servletResponse);
      return;
    }
    ServletProblems.write(
        response,
        HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
        "Unsupported Media Type",
        problem.get());
  }
}
