package org.musicmuseum.loadtest.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one benchmark run, as JSON and as a Markdown table, and the file names of the
 * charts drawn from it (written next to results.json).
 */
public record Results(
    Instant started,
    double seconds,
    Map<String, String> machine,
    List<Figure> figures,
    List<String> charts) {

  public Results {
    machine = Map.copyOf(machine);
    figures = List.copyOf(figures);
    charts = List.copyOf(charts);
  }

  /** Results without charts (yet). */
  public Results(
      Instant started, double seconds, Map<String, String> machine, List<Figure> figures) {
    this(started, seconds, machine, figures, List.of());
  }

  public Results withCharts(List<String> names) {
    return new Results(started, seconds, machine, figures, names);
  }

  public boolean allMet() {
    return figures.stream().allMatch(Figure::met);
  }

  public JsonObject toJson() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Figure f : figures) {
      JsonObjectBuilder figure =
          Json.createObjectBuilder()
              .add("number", f.number())
              .add("key", f.key())
              .add("what", f.what())
              .add("ours", number(f.ours()))
              .add("unit", f.unit())
              .add("baseline", number(f.baseline()))
              .add("score", number(f.score()))
              .add("target", f.target().toString())
              .add("met", f.met());
      JsonObjectBuilder details = Json.createObjectBuilder();
      f.details().forEach((name, value) -> details.add(name, detail(value)));
      list.add(figure.add("details", details));
    }
    JsonObjectBuilder machineJson = Json.createObjectBuilder();
    machine.forEach(machineJson::add);
    JsonArrayBuilder chartList = Json.createArrayBuilder();
    charts.forEach(chartList::add);
    return Json.createObjectBuilder()
        .add("started", started.toString())
        .add("seconds", Math.round(seconds * 10) / 10.0)
        .add("machine", machineJson)
        .add("all_met", allMet())
        .add("figures", list)
        .add("charts", chartList)
        .build();
  }

  /** The table of docs/benchmarks.md. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("| # | What | Ours | Baseline | Result | Target | Met |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Figure f : figures) {
      md.append("| ")
          .append(f.number())
          .append(" | ")
          .append(f.what())
          .append(" | ")
          .append(Numbers.format(f.ours()))
          .append(' ')
          .append(f.unit())
          .append(" | ")
          .append(f.isRatio() ? Numbers.format(f.baseline()) + " " + f.unit() : "–")
          .append(" | ")
          .append(Numbers.format(f.score()))
          .append(f.isRatio() ? "" : " " + f.unit())
          .append(" | ")
          .append(f.target())
          .append(" | ")
          .append(f.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    return md.toString();
  }

  /** A number rounded to 3 decimals for JSON; null for NaN and infinity. */
  static JsonValue number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? JsonValue.NULL
        : Json.createValue(Math.round(value * 1000) / 1000.0);
  }

  private static JsonValue detail(Object value) {
    if (value instanceof Number n) {
      return number(n.doubleValue());
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Histogram h) {
      return h.toJson();
    }
    return Json.createValue(String.valueOf(value));
  }
}
