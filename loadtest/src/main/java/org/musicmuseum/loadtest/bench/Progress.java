package org.musicmuseum.loadtest.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines while the benchmark runs: seconds since the start, the phase, what happens. */
final class Progress {

  private final PrintStream out;
  private final long start = System.nanoTime();
  private final int phases;

  Progress(PrintStream out, int phases) {
    this.out = out;
    this.phases = phases;
  }

  void phase(int number, String title) {
    out.printf(Locale.ROOT, "%n[%6.1f s] (%d/%d) %s%n", elapsedSeconds(), number, phases, title);
    out.flush();
  }

  void step(String format, Object... args) {
    out.printf(
        Locale.ROOT,
        "[%6.1f s]       %s%n",
        elapsedSeconds(),
        String.format(Locale.ROOT, format, args));
    out.flush();
  }

  double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
