package org.musicmuseum.loadtest.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.musicmuseum.loadtest.report.chart.Marker;

/**
 * Progress lines while the benchmark runs: seconds since the start, the phase, what happens. It
 * remembers when each phase began, for the charts' time axis.
 */
final class Progress {

  private final PrintStream out;
  private final long start = System.nanoTime();
  private final int phases;
  private final List<Marker> began = new CopyOnWriteArrayList<>();

  Progress(PrintStream out, int phases) {
    this.out = out;
    this.phases = phases;
  }

  void phase(int number, String title) {
    phase(number, title, title);
  }

  /** A phase begins; {@code label} is its short name on a chart, {@code title} the line printed. */
  void phase(int number, String label, String title) {
    double now = elapsedSeconds();
    began.add(new Marker(now, label));
    out.printf(Locale.ROOT, "%n[%6.1f s] (%d/%d) %s%n", now, number, phases, title);
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

  /** When each phase began (seconds since the start) and its label, in order. */
  List<Marker> phases() {
    return List.copyOf(began);
  }
}
