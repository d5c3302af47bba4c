package org.musicmuseum.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of a Prometheus text exposition (what a server's {@code /metrics} answers), read just
 * enough for tests: name, labels, value of every sample line; comments are skipped.
 *
 * @param samples every sample, in the order served
 */
public record PrometheusText(List<Sample> samples) {

  private static final Pattern LINE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?$");
  private static final Pattern NUMBER =
      Pattern.compile("^[+-]?(Inf|NaN|[0-9.]+([eE][+-]?[0-9]+)?)$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One sample: its metric name, labels and value. */
  public record Sample(String name, Map<String, String> labels, double value) {
    public Sample {
      labels = Map.copyOf(labels);
    }
  }

  public PrometheusText {
    samples = List.copyOf(samples);
  }

  /** Parses the text; a line that is neither a comment nor a sample fails with the line. */
  public static PrometheusText parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(trimmed);
      if (!m.matches() || !NUMBER.matcher(m.group(3)).matches()) {
        throw new IllegalArgumentException("not a Prometheus sample: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher label = LABEL.matcher(m.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, value(m.group(3))));
    }
    return new PrometheusText(samples);
  }

  /** A sample's value: a Java double, or Prometheus's {@code +Inf}, {@code -Inf}, {@code NaN}. */
  private static double value(String text) {
    return Double.parseDouble(text.endsWith("Inf") ? text + "inity" : text);
  }

  /** The samples of one metric name. */
  public List<Sample> named(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** The sum of the samples of one metric name (0 when there is none). */
  public double sum(String name) {
    return named(name).stream().mapToDouble(Sample::value).sum();
  }
}
