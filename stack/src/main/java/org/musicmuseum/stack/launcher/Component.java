package org.musicmuseum.stack.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** A part of the stack the launcher starts, waits for, reports on and stops. */
public interface Component {

  /**
   * A TCP port the component listens on.
   *
   * @param key name of the port in {@code StackPorts} and of its {@code run/<key>.port} file
   * @param envVar the variable that moves it
   */
  record PortClaim(String key, int port, String envVar) {}

  String name();

  /** The port users and other components reach it on. */
  int port();

  /** Every port it needs free before it starts. */
  List<PortClaim> claims();

  /** False for a component the stack does not run itself (an external DB). */
  default boolean managed() {
    return true;
  }

  boolean isRunning();

  /** One quick readiness check. */
  boolean isReady();

  OptionalLong pid();

  /** Starts the process; returns once it runs, usually before it is ready. */
  void start();

  /** Waits until ready; the exception carries the log tail. */
  void awaitReady(Duration timeout);

  /** Stops the process and waits for it to be gone. */
  void stop();

  /** SIGKILL, as a crash would. */
  void kill();

  List<Path> logs();
}
