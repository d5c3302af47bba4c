package org.musicmuseum.kit.kafka;

import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidGroupIdException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** How a {@link PollLoop} treats an error of its consumer or of the work it does with it. */
public enum ErrorKind {
  /**
   * Waiting does not help: the credentials, the permissions, the configuration or the deserializer
   * are wrong, or the broker is too old. The loop stops and its readiness says why.
   */
  FATAL,
  /** The consumer's position is not in the log (any more): reset it by the loop's policy. */
  OFFSET,
  /** Anything else (broker away, database down, timeout): back off and start again. */
  RETRIABLE;

  /** The kind of {@code error}, looking through its causes (a failed constructor wraps them). */
  public static ErrorKind of(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (isFatal(e)) {
        return FATAL;
      }
      if (e instanceof InvalidOffsetException) {
        return OFFSET;
      }
    }
    return RETRIABLE;
  }

  private static boolean isFatal(Throwable e) {
    return e instanceof AuthorizationException
        || e instanceof AuthenticationException
        || e instanceof ConfigException
        || e instanceof InvalidTopicException
        || e instanceof InvalidGroupIdException
        || e instanceof UnsupportedVersionException
        || e instanceof SerializationException;
  }
}
