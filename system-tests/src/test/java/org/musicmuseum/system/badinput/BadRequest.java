package org.musicmuseum.system.badinput;

import java.util.Locale;
import java.util.Map;

/**
 * One malformed request of the corpus.
 *
 * @param service the service it goes to (its context root comes from the stack)
 * @param method the HTTP method
 * @param path the path below the context root, query included, already URL-encoded
 * @param headers request headers, Content-Type included when there is one
 * @param body the body, empty for none
 * @param what what is wrong with it, for the test's messages
 */
record BadRequest(
    String service,
    String method,
    String path,
    Map<String, String> headers,
    String body,
    String what) {

  static BadRequest get(String service, String path, String what) {
    return new BadRequest(service, "GET", path, Map.of(), "", what);
  }

  static BadRequest postJson(String service, String path, String body, String what) {
    return new BadRequest(
        service, "POST", path, Map.of("Content-Type", "application/json"), body, what);
  }

  /**
   * Whether Liberty's HTTP channel refuses the path before any application code runs (encoded dot
   * segments, slashes and NULs): its 400 is Liberty's own page, not a problem document.
   */
  boolean refusedByContainer() {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.contains("%2e") || lower.contains("%2f") || lower.contains("%00");
  }

  /** The same request with one more header. */
  BadRequest with(String header, String value, String why) {
    var more = new java.util.LinkedHashMap<>(headers);
    more.put(header, value);
    return new BadRequest(service, method, path, Map.copyOf(more), body, why);
  }

  @Override
  public String toString() {
    return method + " " + service + path + " (" + what + ")";
  }
}
