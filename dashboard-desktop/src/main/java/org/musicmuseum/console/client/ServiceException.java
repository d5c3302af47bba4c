package org.musicmuseum.console.client;

/** A service could not be read; the message says why in words an operator understands. */
public final class ServiceException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the read failed. */
  public enum Kind {
    /** No connection could be made. */
    UNREACHABLE,
    /** No answer within the timeout. */
    TIMEOUT,
    /** An answer with an error status. */
    ERROR_STATUS,
    /** An answer that is not what the service's contract says. */
    MALFORMED
  }

  private final Kind kind;
  private final int status;
  private final String detail;

  public ServiceException(Kind kind, int status, String message) {
    this(kind, status, message, "");
  }

  /**
   * @param detail the problem's own words (its detail or title); empty when it gave none
   */
  public ServiceException(Kind kind, int status, String message, String detail) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status of an {@link Kind#ERROR_STATUS} answer; 0 otherwise. */
  public int status() {
    return status;
  }

  /** What the problem+json of an error answer said (detail, else title); empty otherwise. */
  public String detail() {
    return detail;
  }
}
