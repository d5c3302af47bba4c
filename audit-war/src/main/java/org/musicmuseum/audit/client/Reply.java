package org.musicmuseum.audit.client;

/** What another service answered to a lookup. */
public sealed interface Reply<T> {

  /** It has the thing asked for. */
  record Found<T>(T value) implements Reply<T> {}

  /** It answered 404: it does not have it. */
  record Missing<T>() implements Reply<T> {}

  /** It did not answer in time, or answered something else than 200 or 404. */
  record Failed<T>(String reason) implements Reply<T> {}
}
