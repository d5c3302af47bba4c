package org.musicmuseum.kit.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the 401 and 403 answers the container gives by itself in the jwt security
 * profile (no token, or one it could not validate, on a protected method): the same problem body
 * and Bearer challenge as {@link AccessFilter}'s, instead of an empty or HTML answer.
 */
public class AccessProblemServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer status && status == HttpServletResponse.SC_FORBIDDEN) {
      AccessFilter.forbidden(response);
    } else {
      AccessFilter.unauthorized(response);
    }
  }
}
