package org.musicmuseum.loadtest.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How big and long each measurement is. {@code --quick} shrinks everything to check the benchmark
 * itself in a couple of minutes; its figures are not worth publishing.
 */
record BenchOptions(
    Path root,
    Path out,
    Duration warmup,
    Duration receiverWarmup,
    Duration measured,
    int rounds,
    int connections,
    int batchConnections,
    int batchRecords,
    int producerRecords,
    int freshnessRate,
    Duration freshnessDuration,
    long auditIndex,
    int auditLookups,
    int pagePosts,
    int pageRate,
    int downRounds,
    boolean profile,
    boolean keep,
    Set<Integer> figures,
    int runs) {

  /** The most runs of one sitting ({@code --runs}). */
  static final int MAX_RUNS = 9;

  /** The same options writing into {@code dir}: one run of a series ({@code --runs}). */
  BenchOptions withOut(Path dir) {
    return new BenchOptions(
        root,
        dir,
        warmup,
        receiverWarmup,
        measured,
        rounds,
        connections,
        batchConnections,
        batchRecords,
        producerRecords,
        freshnessRate,
        freshnessDuration,
        auditIndex,
        auditLookups,
        pagePosts,
        pageRate,
        downRounds,
        profile,
        keep,
        figures,
        runs);
  }

  /** Whether figure {@code n} is to be measured in this run. */
  boolean measures(int n) {
    return figures.contains(n);
  }

  /**
   * Why this run cannot start on a machine where the browser is {@code browserInstalled} or not:
   * figures 7 and 8 drive Debian's Chromium, so a bench without it would fail only after the
   * figures before them, a quarter of an hour in.
   */
  Optional<String> missingTools(boolean browserInstalled) {
    if (browserInstalled || !measures(7)) {
      return Optional.empty();
    }
    return Optional.of(
        "figures 7 and 8 drive Debian's Chromium through its chromedriver, and they are not"
            + " installed (or CHROMIUM_BINARY / CHROMEDRIVER do not name them). Install them"
            + " (apt-get install chromium chromium-driver, or .ci/install-test-tools), or leave"
            + " the page out: --only 1,2,3,4,5,6");
  }

  static final String USAGE =
      """
      usage: ./museum bench [--quick] [--no-profile] [--keep] [--out DIR] [--audit-index N]
                            [--only N[,N...]] [--runs N]
        Starts its own stack on free ports, measures, prints a JSON and a Markdown table, writes them
        and the charts (throughput.svg, freshness.svg, rss.svg) to DIR (default
        loadtest/target/bench) and stops everything. About 18 minutes; --quick ~7.
        --quick        short periods and a small audit index: checks the benchmark, not the system
        --no-profile   skip the JFR profile of the receiver
        --keep         keep the stack's files (logs, data) under DIR/stack afterwards
        --audit-index  the far index of the audit lookup (default 1000000)
        --only         measure only these figures (1-8); 3 drains the backlog 1 and 2 leave, so
                       it brings them along; 7 and 8 (the page, in headless Chromium) go together
        --runs         run the whole bench N times (1-9, default 1), each into DIR/run-1 ... DIR/run-N,
                       then write DIR/summary.md and DIR/summary.json: per figure the median, min and
                       max of the runs; exit 0 only when every target is met on the median (and
                       figure 3 in every run)
      ./museum bench scale --help: storage's drain rate with 1, 2 and 3 replicas""";

  static BenchOptions parse(Path root, List<String> args) {
    boolean quick = args.contains("--quick");
    Path out = root.resolve("loadtest/target/bench");
    long auditIndex = quick ? 100_000 : 1_000_000;
    Set<Integer> figures = ALL_FIGURES;
    int runs = 1;
    for (int i = 0; i < args.size(); i++) {
      switch (args.get(i)) {
        case "--quick", "--no-profile", "--keep" -> {
          // flags, read below
        }
        case "--out" -> out = Path.of(value(args, ++i, "--out"));
        case "--audit-index" -> auditIndex = Long.parseLong(value(args, ++i, "--audit-index"));
        case "--only" -> figures = figures(value(args, ++i, "--only"));
        case "--runs" -> runs = runs(value(args, ++i, "--runs"));
        default -> throw new IllegalArgumentException("unknown option " + args.get(i));
      }
    }
    if (auditIndex < 1) {
      throw new IllegalArgumentException("--audit-index must be at least 1");
    }
    return new BenchOptions(
        root,
        out,
        Duration.ofSeconds(quick ? 3 : 5),
        Duration.ofSeconds(quick ? 10 : 60),
        Duration.ofSeconds(quick ? 5 : 15),
        quick ? 1 : 3,
        128,
        4,
        500,
        quick ? 100_000 : 500_000,
        1000,
        Duration.ofSeconds(quick ? 10 : 30),
        auditIndex,
        quick ? 300 : 2000,
        quick ? 40 : 200,
        4,
        quick ? 2 : 10,
        !args.contains("--no-profile"),
        args.contains("--keep"),
        figures,
        runs);
  }

  private static int runs(String value) {
    int runs;
    try {
      runs = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      runs = 0;
    }
    if (runs < 1 || runs > MAX_RUNS) {
      throw new IllegalArgumentException(
          "--runs takes a number of runs from 1 to " + MAX_RUNS + ", not " + value);
    }
    return runs;
  }

  private static final Set<Integer> ALL_FIGURES = Set.of(1, 2, 3, 4, 5, 6, 7, 8);

  private static Set<Integer> figures(String list) {
    Set<Integer> figures = new TreeSet<>();
    for (String item : list.split(",")) {
      int n;
      try {
        n = Integer.parseInt(item.trim());
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (!ALL_FIGURES.contains(n)) {
        throw new IllegalArgumentException("--only takes figure numbers 1 to 8, not " + item);
      }
      figures.add(n);
    }
    if (figures.contains(3)) {
      figures.addAll(List.of(1, 2));
    }
    if (figures.contains(7) || figures.contains(8)) {
      figures.addAll(List.of(7, 8));
    }
    return Set.copyOf(figures);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }
}
