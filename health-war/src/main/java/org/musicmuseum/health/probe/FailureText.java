package org.musicmuseum.health.probe;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Why an HTTP call failed, in a few words for an operator ("connection refused"). */
public final class FailureText {

  private FailureText() {}

  /**
   * @param failure what the call threw or completed with (wrappers are looked through)
   * @param timeout the call's timeout, named in the text of a timeout
   */
  public static String of(Throwable failure, Duration timeout) {
    Throwable error = failure;
    while ((error instanceof CompletionException || error instanceof ExecutionException)
        && error.getCause() != null) {
      error = error.getCause();
    }
    if (error instanceof HttpConnectTimeoutException) {
      return "no connection within " + timeout.toMillis() + " ms";
    }
    if (error instanceof HttpTimeoutException || error instanceof TimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    if (error instanceof ConnectException) {
      return "connection refused";
    }
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
