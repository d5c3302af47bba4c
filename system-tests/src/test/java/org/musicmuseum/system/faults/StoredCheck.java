package org.musicmuseum.system.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.musicmuseum.testkit.Db;

/**
 * Holds a {@link LoadLedger} against the database: every event that got a 201 is stored exactly
 * once under the trace id it was given; no event that got a 4xx is stored; nothing else of the run
 * is.
 */
public final class StoredCheck {

  private record Table(String type, String name, String idColumn) {}

  private static final List<Table> TABLES =
      List.of(
          new Table("new_album", "albums", "album_id"),
          new Table("new_single_song", "single_songs", "song_id"));

  private StoredCheck() {}

  /** What disagrees, one line each (empty when everything agrees), and the rows counted. */
  public static List<String> problems(Db db, LoadLedger ledger, long firstId, long lastId) {
    List<String> problems = new ArrayList<>();
    for (Table table : TABLES) {
      Map<Long, List<String>> rows = rows(db, table, firstId, lastId);
      Map<Long, LoadLedger.Outcome> sent = ledger.ofType(table.type());
      for (LoadLedger.Outcome outcome : sent.values()) {
        List<String> stored = rows.getOrDefault(outcome.event().id(), List.of());
        if (outcome.status() == 201 && !stored.equals(List.of(outcome.traceId()))) {
          problems.add(
              "%s %d answered 201 as %s but is stored as %s"
                  .formatted(table.type(), outcome.event().id(), outcome.traceId(), stored));
        }
        if (outcome.status() != 201 && !stored.isEmpty()) {
          problems.add(
              "%s %d answered %d but is stored as %s"
                  .formatted(table.type(), outcome.event().id(), outcome.status(), stored));
        }
      }
      rows.keySet().stream()
          .filter(id -> !sent.containsKey(id))
          .forEach(id -> problems.add(table.type() + " " + id + " is stored but was never sent"));
    }
    return problems;
  }

  /** Rows of the run per type: how many the database holds. */
  public static Map<String, Integer> rowCounts(Db db, long firstId, long lastId) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Table table : TABLES) {
      counts.put(
          table.name(),
          rows(db, table, firstId, lastId).values().stream().mapToInt(List::size).sum());
    }
    return counts;
  }

  private static Map<Long, List<String>> rows(Db db, Table table, long firstId, long lastId) {
    Map<Long, List<String>> rows = new HashMap<>();
    for (String row :
        db.strings(
            "SELECT CONCAT(%s, '|', trace_id) FROM %s WHERE %s BETWEEN %d AND %d"
                .formatted(table.idColumn(), table.name(), table.idColumn(), firstId, lastId))) {
      String[] parts = row.split("\\|");
      rows.computeIfAbsent(Long.parseLong(parts[0]), id -> new ArrayList<>()).add(parts[1]);
    }
    return rows;
  }
}
