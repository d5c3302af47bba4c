package org.musicmuseum.testkit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request a {@link StubServer} received.
 *
 * @param number its place among the server's requests, from 1
 * @param method e.g. {@code GET}
 * @param pathAndQuery below the server's base, e.g. {@code /album?index=2}
 * @param headers by name, in any case
 * @param body the body as text
 */
public record StubRequest(
    int number,
    String method,
    String pathAndQuery,
    Map<String, List<String>> headers,
    String body) {

  public StubRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** The path without the query. */
  public String path() {
    int query = pathAndQuery.indexOf('?');
    return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
  }

  /** The first value of a header. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name)).flatMap(values -> values.stream().findFirst());
  }
}
