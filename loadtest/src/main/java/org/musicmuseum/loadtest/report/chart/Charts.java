package org.musicmuseum.loadtest.report.chart;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Histogram;
import org.musicmuseum.loadtest.report.Results;

/**
 * Writes the charts of one run into its directory, next to results.json: {@value #THROUGHPUT}
 * (figures 1–3, those measured), {@value #FRESHNESS} (figure 4's histogram) and {@value #RSS} (the
 * timeline), each only when there is something to draw.
 */
public final class Charts {

  public static final String THROUGHPUT = "throughput.svg";
  public static final String FRESHNESS = "freshness.svg";
  public static final String RSS = "rss.svg";

  /** Figure 4's details the freshness chart reads: the histogram and the median. */
  public static final String HISTOGRAM = "histogram_ms";

  public static final String P50 = "p50_ms";

  private Charts() {}

  /** Draws one chart onto a stream. */
  private interface Drawing {
    void draw(OutputStream out) throws XMLStreamException;
  }

  /**
   * Writes every chart there is data for and returns their file names. A chart that cannot be
   * written is reported on {@code warnings} and left out: the measurements matter more.
   */
  public static List<String> write(
      Path dir, Results results, Timeline timeline, PrintStream warnings) {
    List<String> written = new ArrayList<>();
    List<Figure> throughput = ThroughputChart.measured(results.figures());
    if (!throughput.isEmpty()) {
      write(dir, THROUGHPUT, out -> ThroughputChart.write(out, throughput), written, warnings);
    }
    for (Figure figure : results.figures()) {
      if (figure.number() == 4
          && figure.details().get(HISTOGRAM) instanceof Histogram histogram
          && histogram.total() > 0) {
        double p50 = figure.details().get(P50) instanceof Number n ? n.doubleValue() : Double.NaN;
        String title =
            String.format(
                Locale.ROOT,
                "Freshness of %,d events: 201 → counted (p99 %.0f ms)",
                histogram.total(),
                figure.ours());
        write(
            dir,
            FRESHNESS,
            out -> FreshnessChart.write(out, title, histogram, p50, figure.ours(), figure.target()),
            written,
            warnings);
      }
    }
    if (!timeline.isEmpty()) {
      write(dir, RSS, out -> RssChart.write(out, timeline), written, warnings);
    }
    return written;
  }

  private static void write(
      Path dir, String name, Drawing drawing, List<String> written, PrintStream warnings) {
    try {
      Files.createDirectories(dir);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)))) {
        drawing.draw(out);
      }
      written.add(name);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      warnings.println("chart " + name + " not written: " + e);
    }
  }
}
