package org.musicmuseum.system.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.stack.deploy.GatewayConfig;

/**
 * Debian's nginx running {@code deploy/nginx.conf} with its upstreams pointed at this machine's
 * servers and its listener at a free loopback port, everything under one prefix directory.
 */
public final class Nginx implements AutoCloseable {

  public static final Path BINARY =
      Path.of(System.getenv().getOrDefault("NGINX", "/usr/sbin/nginx"));

  private final Process process;
  private final Path prefix;
  private final int port;

  private Nginx(Process process, Path prefix, int port) {
    this.process = process;
    this.prefix = prefix;
    this.port = port;
  }

  public static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Starts nginx with {@code conf}, each upstream's servers replaced by {@code 127.0.0.1:<port>}
   * for the ports given for it (keeping the original lines' parameters), listening on {@code port};
   * waits until it accepts connections.
   */
  public static Nginx start(Path conf, Path prefix, int port, Map<String, List<Integer>> upstreams)
      throws IOException {
    String text = GatewayConfig.rewrite(Files.readString(conf), port, upstreams);
    for (String dir : List.of("conf", "logs")) {
      Files.createDirectories(prefix.resolve(dir));
    }
    Path written = prefix.resolve("conf/nginx.conf");
    Files.writeString(written, text);
    Path log = prefix.resolve("logs/nginx.out");
    Process process =
        new ProcessBuilder(
                BINARY.toString(),
                "-p",
                prefix + "/",
                "-c",
                written.toString(),
                "-g",
                globals(prefix))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    Nginx nginx = new Nginx(process, prefix, port);
    nginx.awaitListening(log);
    return nginx;
  }

  /**
   * No daemon, the pid file under the prefix and, for a root master, root workers: the test's
   * directories are private to the user running it, so the default worker user could not write
   * request bodies there.
   */
  private static String globals(Path prefix) {
    String root = "root".equals(System.getProperty("user.name")) ? " user root;" : "";
    return "daemon off; pid " + prefix.resolve("logs/nginx.pid") + ";" + root;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitListening(Path log) throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx exited with " + process.exitValue() + ": " + read(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          process.waitFor(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    }
    close();
    throw new IllegalStateException("nginx did not listen on " + port + ": " + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fast shutdown (SIGTERM), then SIGKILL if it lingers. */
  @Override
  public void close() {
    List<ProcessHandle> workers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  public Path prefix() {
    return prefix;
  }
}
