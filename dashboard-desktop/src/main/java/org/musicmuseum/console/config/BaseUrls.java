package org.musicmuseum.console.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Parses the base URL of a service as an operator types it. */
public final class BaseUrls {

  private BaseUrls() {}

  /**
   * An absolute http(s) URL with a trailing {@code /}, so that relative paths resolve below it.
   *
   * @param what what the URL is for, for the message, e.g. {@code processing URL}
   * @throws IllegalArgumentException with a message naming {@code what} and the value
   */
  public static URI parse(String what, String text) {
    String value = text == null ? "" : text.strip();
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "The " + what + " '" + value + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " '"
              + value
              + "' must be an http:// or https:// URL with a host, e.g."
              + " http://localhost:8100/processing");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "The " + what + " '" + value + "' must not have a query or fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return path.endsWith("/") ? uri : URI.create(value + "/");
  }

  /** How a base URL is shown and remembered: without the trailing {@code /}. */
  public static String show(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
