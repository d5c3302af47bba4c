package org.musicmuseum.loadtest.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many arrivals an Open Model Thread Group schedule makes: {@code rate(N/s)} sets the rate,
 * {@code random_arrivals(D)} and {@code even_arrivals(D)} run for D at a rate that goes linearly
 * from the rate before them to the rate right after them (the same rate when none follows), and
 * {@code pause(D)} makes none. Durations like {@code 30 s}, {@code 2 min}, {@code 1h}; rates per
 * ms, s, min, h or d.
 */
final class ArrivalSchedule {

  private static final Pattern STEP = Pattern.compile("\\s*(\\w+)\\(([^)]*)\\)\\s*");
  private static final Pattern RATE = Pattern.compile("\\s*([0-9.]+)\\s*/\\s*([a-z]+)\\s*");
  private static final Pattern DURATION = Pattern.compile("\\s*([0-9.]+)\\s*([a-z]+)\\s*");

  private double arrivals;
  private double seconds;

  private ArrivalSchedule() {}

  /** Reads a schedule whose properties are already replaced by values. */
  static ArrivalSchedule parse(String schedule) {
    String text = schedule.replaceAll("/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    Matcher m = STEP.matcher(text);
    List<String[]> steps = new ArrayList<>();
    int end = 0;
    while (m.lookingAt()) {
      steps.add(new String[] {m.group(1), m.group(2)});
      end = m.end();
      m.region(end, text.length());
    }
    if (end != text.length()) {
      throw new IllegalArgumentException("cannot read the schedule from: " + text.substring(end));
    }
    ArrivalSchedule result = new ArrivalSchedule();
    double rate = 0;
    for (int i = 0; i < steps.size(); i++) {
      String name = steps.get(i)[0];
      String value = steps.get(i)[1];
      switch (name) {
        case "rate" -> rate = perSecond(value);
        case "random_arrivals", "even_arrivals" -> {
          double d = seconds(value);
          boolean rateFollows = i + 1 < steps.size() && "rate".equals(steps.get(i + 1)[0]);
          double next = rateFollows ? perSecond(steps.get(i + 1)[1]) : rate;
          result.arrivals += (rate + next) / 2 * d;
          result.seconds += d;
        }
        case "pause" -> result.seconds += seconds(value);
        default -> throw new IllegalArgumentException("unknown schedule step " + name + "()");
      }
    }
    return result;
  }

  double arrivals() {
    return arrivals;
  }

  double seconds() {
    return seconds;
  }

  private static double perSecond(String text) {
    Matcher m = match(RATE, text, "rate");
    return Double.parseDouble(m.group(1)) / unitSeconds(m.group(2));
  }

  private static double seconds(String text) {
    Matcher m = match(DURATION, text, "duration");
    return Double.parseDouble(m.group(1)) * unitSeconds(m.group(2));
  }

  private static Matcher match(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a " + what + ": " + text);
    }
    return m;
  }

  private static double unitSeconds(String unit) {
    return switch (unit) {
      case "ms" -> 0.001;
      case "s", "sec" -> 1;
      case "m", "min" -> 60;
      case "h" -> 3600;
      case "d" -> 86400;
      default -> throw new IllegalArgumentException("unknown time unit " + unit);
    };
  }
}
