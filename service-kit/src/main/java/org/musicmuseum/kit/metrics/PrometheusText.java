package org.musicmuseum.kit.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prometheus text (exposition format 0.0.4) as served at {@code /metrics}: the families' types and
 * every sample with its labels. Lookups match a sample when it has the given labels among its own
 * (the server adds {@code mp_scope} and {@code mp_app}).
 */
public final class PrometheusText {

  /**
   * One line of data.
   *
   * @param name the sample's name (a histogram's have {@code _bucket}, {@code _count}, …)
   * @param labels its labels in the order served
   * @param value its value
   */
  public record Sample(String name, Map<String, String> labels, double value) {
    public Sample {
      labels = Map.copyOf(labels);
    }

    /** True when every given label has that value here. */
    public boolean has(Map<String, String> wanted) {
      return labels.entrySet().containsAll(wanted.entrySet());
    }
  }

  private final Map<String, String> types;
  private final List<Sample> samples;

  private PrometheusText(Map<String, String> types, List<Sample> samples) {
    this.types = Map.copyOf(types);
    this.samples = List.copyOf(samples);
  }

  /** Parses a whole scrape; a line that is not Prometheus text throws. */
  public static PrometheusText parse(String text) {
    Map<String, String> types = new LinkedHashMap<>();
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("# TYPE ")) {
        String[] parts = trimmed.split(" +");
        types.put(parts[2], parts[3]);
      } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        try {
          samples.add(sample(trimmed));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("not a Prometheus sample: " + line, e);
        }
      }
    }
    return new PrometheusText(types, samples);
  }

  /** Every family's type ({@code counter}, {@code gauge}, {@code histogram}, …) by name. */
  public Map<String, String> types() {
    return types;
  }

  public List<Sample> samples() {
    return samples;
  }

  /** The samples of that name with those labels. */
  public List<Sample> samples(String name, Map<String, String> labels) {
    return samples.stream().filter(s -> s.name().equals(name) && s.has(labels)).toList();
  }

  /** The samples of one metric name, whatever their labels. */
  public List<Sample> named(String name) {
    return samples(name, Map.of());
  }

  /** The sum of the samples of one metric name (0 when there is none). */
  public double sum(String name) {
    return sum(name, Map.of());
  }

  /** The value of the one sample of that name with those labels; empty when there is none. */
  public OptionalDouble value(String name, Map<String, String> labels) {
    List<Sample> found = samples(name, labels);
    if (found.size() > 1) {
      throw new IllegalArgumentException(found.size() + " samples match " + name + labels);
    }
    return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0).value());
  }

  /** The sum of the samples of that name with those labels; 0 when there is none (not counted). */
  public double sum(String name, Map<String, String> labels) {
    return samples(name, labels).stream().mapToDouble(Sample::value).sum();
  }

  /** True when a sample of that name exists. */
  public boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }

  private static Sample sample(String line) {
    int brace = line.indexOf('{');
    int space = line.indexOf(' ');
    if (brace < 0 || (space >= 0 && space < brace)) {
      return new Sample(line.substring(0, space), Map.of(), number(line.substring(space + 1)));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    int end = labels(line, brace + 1, labels);
    return new Sample(line.substring(0, brace), labels, number(line.substring(end + 1)));
  }

  /** Reads {@code a="x",b="y"} from {@code at}; returns the index of the closing brace. */
  private static int labels(String line, int at, Map<String, String> into) {
    int i = at;
    while (line.charAt(i) != '}') {
      int eq = line.indexOf('=', i);
      String name = line.substring(i, eq).strip();
      StringBuilder value = new StringBuilder();
      int j = eq + 2;
      for (; line.charAt(j) != '"'; j++) {
        char c = line.charAt(j);
        if (c == '\\') {
          char next = line.charAt(++j);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
      }
      into.put(name, value.toString());
      i = line.charAt(j + 1) == ',' ? j + 2 : j + 1;
    }
    return i;
  }

  /** The value, without a timestamp; Prometheus spells infinity {@code +Inf}. */
  private static double number(String rest) {
    String value = rest.strip().split(" +")[0];
    return switch (value) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(value);
    };
  }
}
