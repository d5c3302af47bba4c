package org.musicmuseum.stack;

/** A port the stack needs is taken by another process. */
public final class PortInUseException extends StackException {

  private static final long serialVersionUID = 1L;

  private final int port;
  private final String envVar;

  public PortInUseException(int port, String envVar, String what) {
    super("port " + port + " (" + what + ") is already in use; set " + envVar + " to move it");
    this.port = port;
    this.envVar = envVar;
  }

  public int port() {
    return port;
  }

  public String envVar() {
    return envVar;
  }
}
