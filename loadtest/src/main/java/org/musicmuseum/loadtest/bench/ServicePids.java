package org.musicmuseum.loadtest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.musicmuseum.stack.StackLayout;

/**
 * The pids of the services for the RSS sampler over the whole run: while the stack starts (before
 * there is a {@link BenchStack} to ask) from each Liberty server's own pid file, {@code
 * $WLP_OUTPUT_DIR/.pid/<server>.pid} under the stack's {@link StackLayout}; then from the stack,
 * which also knows when a service was stopped; after {@link #release()}, none.
 */
final class ServicePids {

  private final StackLayout layout;
  private volatile BenchStack stack;
  private volatile boolean released;

  ServicePids(StackLayout layout) {
    this.layout = layout;
  }

  /** From now on, ask {@code started}. */
  void follow(BenchStack started) {
    this.stack = started;
  }

  /** The stack is going away: no more pids. */
  void release() {
    released = true;
    stack = null;
  }

  OptionalLong pid(String service) {
    if (released) {
      return OptionalLong.empty();
    }
    BenchStack current = stack;
    return current != null ? current.stack().pid(service) : fromPidFile(service);
  }

  private OptionalLong fromPidFile(String service) {
    Path file = layout.libertyUserDir(service).resolve("output/.pid").resolve(service + ".pid");
    try {
      String text = Files.exists(file) ? Files.readString(file).trim() : "";
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty(); // not written yet, or being written
    }
  }
}
