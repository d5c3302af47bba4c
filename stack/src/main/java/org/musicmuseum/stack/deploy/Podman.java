package org.musicmuseum.stack.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.musicmuseum.stack.StackException;

/**
 * The podman command line with the project's settings (deploy/local/containers.conf through
 * CONTAINERS_CONF: runc, cgroupfs, no default ulimits), so nothing under /etc needs changing.
 */
public final class Podman {

  /** What a command printed and how it ended. */
  public record Result(int exit, String out, String err) {

    public boolean ok() {
      return exit == 0;
    }

    public String firstLine() {
      return out.strip().lines().findFirst().orElse("");
    }
  }

  private final String binary;
  private final Path containersConf;

  Podman(String binary, Path containersConf) {
    this.binary = binary;
    this.containersConf = containersConf;
  }

  public static Podman forProject(Path root, Map<String, String> env) {
    return new Podman(
        env.getOrDefault("PODMAN", "podman"), root.resolve("deploy/local/containers.conf"));
  }

  /** Fails with what to install when podman is missing. */
  void requireInstalled() {
    Result version;
    try {
      version = run(List.of("version", "--format", "{{.Client.Version}}"));
    } catch (StackException e) {
      throw new StackException(
          "podman is needed for ./museum deploy: apt-get install podman runc ("
              + e.getMessage()
              + ")");
    }
    if (!version.ok()) {
      throw new StackException("podman does not work here: " + version.err().strip());
    }
  }

  public Result run(List<String> args) {
    return execute(args, null);
  }

  /** Runs {@code args}, failing with podman's own message if it fails. */
  public String check(List<String> args) {
    Result result = run(args);
    if (!result.ok()) {
      throw new StackException(
          "podman "
              + String.join(" ", args.subList(0, Math.min(2, args.size())))
              + " failed: "
              + result.err().strip());
    }
    return result.out();
  }

  /** Runs {@code args} with its output going on to {@code log} line by line (builds). */
  Result stream(List<String> args, PrintStream log) {
    return execute(args, log);
  }

  private Result execute(List<String> args, PrintStream log) {
    List<String> command = new ArrayList<>();
    command.add(binary);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (Files.isRegularFile(containersConf)) {
      builder.environment().put("CONTAINERS_CONF", containersConf.toString());
    }
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    if (log != null) {
      builder.redirectErrorStream(true);
    }
    try {
      Process process = builder.start();
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream(), null));
      String out = readAll(process.getInputStream(), log);
      if (!process.waitFor(30, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new StackException("podman " + args.get(0) + " did not finish in 30 minutes");
      }
      return new Result(process.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new StackException("cannot run " + binary + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while running podman " + args.get(0), e);
    }
  }

  private static String readAll(InputStream in, PrintStream log) {
    StringBuilder text = new StringBuilder();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        text.append(line).append('\n');
        if (log != null) {
          log.println("  | " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
