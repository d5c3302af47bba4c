package org.musicmuseum.loadtest.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.musicmuseum.events.Topics;

/**
 * The options of {@code ./museum bench scale}.
 *
 * @param root the project
 * @param out where the stacks' files and the table go
 * @param events the backlog of each drain
 * @param replicas the storage replica counts, one drain each, in this order
 * @param partitions the topic's partitions
 */
record ScaleOptions(Path root, Path out, long events, List<Integer> replicas, int partitions) {

  static final String USAGE =
      """
      usage: ./museum bench scale [--events N] [--replicas 1,2,3] [--partitions P] [--out DIR]
        Storage's drain rate per replica count, in one sitting: for each count a fresh stack (Kafka,
        the DB, the storage replicas), a backlog of N albums (default 600000) put on a topic of P
        partitions (default the topic's default) while the replicas are stopped, then the replicas
        started together; timed from when all own partitions until everything is committed.
        Prints a Markdown table and writes it to DIR/scale.md (default loadtest/target/bench).""";

  static ScaleOptions parse(Path root, List<String> args) {
    Path out = root.resolve("loadtest/target/bench");
    long events = 600_000;
    List<Integer> replicas = List.of(1, 2, 3);
    int partitions = Topics.DEFAULT_PARTITIONS;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      String value = i + 1 < args.size() ? args.get(++i) : "";
      try {
        switch (option) {
          case "--events" -> events = Long.parseLong(value);
          case "--replicas" ->
              replicas =
                  Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
          case "--partitions" -> partitions = Integer.parseInt(value);
          case "--out" -> out = Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + option);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
      }
    }
    if (events < 1000 || partitions < 1 || replicas.isEmpty()) {
      throw new IllegalArgumentException("--events ≥ 1000, --partitions ≥ 1 and some --replicas");
    }
    for (int r : replicas) {
      if (r < 1 || r > partitions) {
        throw new IllegalArgumentException(
            "each replica count must be 1.." + partitions + " (the partitions): " + r);
      }
    }
    return new ScaleOptions(root, out, events, replicas, partitions);
  }
}
