package org.musicmuseum.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Finding free TCP ports for tests and checking that the configured ones are free. */
public final class Ports {

  private Ports() {}

  /** A port that nothing listens on right now (the kernel picks it). */
  public static int free() {
    return free(1).get(0);
  }

  /** {@code count} distinct free ports: all sockets are held open until every port is chosen. */
  public static List<Integer> free(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket();
        sockets.add(socket);
        socket.bind(new InetSocketAddress(0));
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("no free TCP port", e);
    } finally {
      sockets.forEach(Ports::closeQuietly);
    }
  }

  /** True when a server could bind the port on every interface. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Fails with a message that names the variable which moves the port, e.g. {@code port 8080
   * (receiver) is already in use; set RECEIVER_PORT to move it}.
   */
  public static void requireFree(int port, String envVar, String what) {
    if (!isFree(port)) {
      throw new PortInUseException(port, envVar, what);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the port is released either way
    }
  }
}
