package org.musicmuseum.stack;

/** A part of the stack could not be started, reached or stopped; the message says what to do. */
public class StackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
