package org.musicmuseum.loadtest.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Several runs of the bench in one sitting ({@code --runs N}, each in {@code run-<i>/}): per figure
 * the median, min and max of the runs' results, the target, whether the median meets it and in how
 * many runs it was met. The figures of {@link #EVERY_RUN} must be met in every run as well.
 */
public final class Summary {

  /** Issue 20: the storage drain (figure 3) is to meet its target in every run. */
  public static final Set<Integer> EVERY_RUN = Set.of(3);

  /** One figure over the runs; {@code scores} are its results (ratio or value), run by run. */
  public record Row(Figure first, List<Double> scores, Spread spread, int runsMet, int runs) {

    public Row {
      scores = List.copyOf(scores);
    }

    public boolean metOnMedian() {
      return first.target().holds(spread.median());
    }

    public boolean metInEveryRun() {
      return runsMet == runs;
    }

    public boolean everyRunRequired() {
      return EVERY_RUN.contains(first.number());
    }

    public boolean met() {
      return metOnMedian() && (!everyRunRequired() || metInEveryRun());
    }

    /** What the first run said it measured, without its run-specific remark in parentheses. */
    public String what() {
      return first.what().replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
    }
  }

  private final int requested;
  private final List<Results> runs;
  private final Optional<String> failure;
  private final List<Row> rows = new ArrayList<>();

  /**
   * @param runs the runs that completed, in order
   * @param failure why the series stopped early, if it did
   */
  public Summary(int requested, List<Results> runs, Optional<String> failure) {
    this.requested = requested;
    this.runs = List.copyOf(runs);
    this.failure = failure;
    Map<String, List<Figure>> byKey = new LinkedHashMap<>();
    for (Results run : this.runs) {
      for (Figure f : run.figures()) {
        byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
      }
    }
    for (List<Figure> figures : byKey.values()) {
      List<Double> scores = figures.stream().map(Figure::score).toList();
      int met = (int) figures.stream().filter(Figure::met).count();
      rows.add(new Row(figures.get(0), scores, Spread.of(scores), met, this.runs.size()));
    }
  }

  /** The directory of run {@code i} (from 1) in the output directory. */
  public static String runDir(int i) {
    return "run-" + i;
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Every run done, and every figure met on the median (and in every run where required). */
  public boolean met() {
    return failure.isEmpty() && !runs.isEmpty() && rows.stream().allMatch(Row::met);
  }

  public JsonObject toJson() {
    JsonArrayBuilder runList = Json.createArrayBuilder();
    for (int i = 0; i < runs.size(); i++) {
      runList.add(
          Json.createObjectBuilder()
              .add("dir", runDir(i + 1))
              .add("started", runs.get(i).started().toString())
              .add("all_met", runs.get(i).allMet()));
    }
    JsonArrayBuilder figures = Json.createArrayBuilder();
    for (Row row : rows) {
      JsonArrayBuilder scores = Json.createArrayBuilder();
      row.scores().forEach(s -> scores.add(Results.number(s)));
      JsonObjectBuilder figure =
          Json.createObjectBuilder()
              .add("number", row.first().number())
              .add("key", row.first().key())
              .add("what", row.what())
              .add("unit", row.first().isRatio() ? "ratio" : row.first().unit())
              .add("scores", scores)
              .add("median", Results.number(row.spread().median()))
              .add("min", Results.number(row.spread().min()))
              .add("max", Results.number(row.spread().max()))
              .add("target", row.first().target().toString())
              .add("met_on_median", row.metOnMedian())
              .add("runs_met", row.runsMet())
              .add("met_in_every_run", row.metInEveryRun())
              .add("every_run_required", row.everyRunRequired())
              .add("met", row.met());
      figures.add(figure);
    }
    return Json.createObjectBuilder()
        .add("runs_requested", requested)
        .add("runs_completed", runs.size())
        .add("failure", failure.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL))
        .add("all_met", met())
        .add("runs", runList)
        .add("figures", figures)
        .build();
  }

  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("Runs: ").append(runs.size()).append(" of ").append(requested);
    failure.ifPresent(why -> md.append(" (").append(why).append(')'));
    if (!runs.isEmpty()) {
      md.append("; each run's results are in ").append(runDir(1)).append("/");
      md.append(runs.size() > 1 ? " … " + runDir(runs.size()) + "/" : "");
    }
    md.append(".\n\n");
    md.append("| # | What | Median | Min | Max | Target | Met on median | Runs met |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Row row : rows) {
      String unit = row.first().isRatio() ? "" : " " + row.first().unit();
      md.append("| ").append(row.first().number()).append(" | ").append(row.what());
      md.append(" | ").append(Numbers.format(row.spread().median())).append(unit);
      md.append(" | ").append(Numbers.format(row.spread().min())).append(unit);
      md.append(" | ").append(Numbers.format(row.spread().max())).append(unit);
      md.append(" | ").append(row.first().target());
      md.append(row.everyRunRequired() ? " in every run" : "");
      md.append(" | ").append(row.metOnMedian() ? "yes" : "**no**");
      String runsMet = row.runsMet() + "/" + row.runs();
      md.append(" | ")
          .append(row.everyRunRequired() && !row.metInEveryRun() ? "**" + runsMet + "**" : runsMet);
      md.append(" |\n");
    }
    for (Row row : rows) {
      if (row.everyRunRequired()) {
        md.append("\nFigure ").append(row.first().number()).append(" met in every run: ");
        md.append(row.metInEveryRun() ? "yes" : "**no**").append(" (").append(row.runsMet());
        md.append(" of ").append(row.runs()).append(").\n");
      }
    }
    md.append('\n').append(met() ? "Every target met." : "**Not every target met.**").append('\n');
    return md.toString();
  }
}
