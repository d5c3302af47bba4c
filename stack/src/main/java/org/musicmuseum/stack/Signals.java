package org.musicmuseum.stack;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pauses (SIGSTOP) and resumes (SIGCONT) processes of a stack, as an operator's {@code kill -STOP}
 * or a frozen VM would; remembers what it paused so that the stack can resume it before stopping.
 */
final class Signals {

  private final Set<Long> paused = ConcurrentHashMap.newKeySet();

  void pause(long pid) {
    send("STOP", pid);
    paused.add(pid);
  }

  void resume(long pid) {
    send("CONT", pid);
    paused.remove(pid);
  }

  /** Resumes everything still paused; a stopped JVM would not act on the SIGTERM of a shutdown. */
  void resumeAll() {
    for (Long pid : Set.copyOf(paused)) {
      resume(pid);
    }
  }

  private static void send(String signal, long pid) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
      if (kill.waitFor() != 0 && ProcessHandle.of(pid).isPresent()) {
        throw new StackException("kill -" + signal + " " + pid + " failed");
      }
    } catch (IOException e) {
      throw new StackException("cannot run kill -" + signal + " " + pid + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while sending SIG" + signal + " to " + pid);
    }
  }
}
