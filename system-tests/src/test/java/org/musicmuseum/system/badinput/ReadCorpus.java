package org.musicmuseum.system.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed requests to the read endpoints: storage's event query, audit's lookups and counts,
 * processing's statistics, health's status and stream, the dashboard's configuration. Bad query
 * values, unknown paths, wrong methods and media types.
 */
final class ReadCorpus {

  private static final String FROM = "2026-01-01T00:00:00Z";
  private static final String TO = "2026-01-02T00:00:00Z";

  private ReadCorpus() {}

  static List<BadRequest> all() {
    List<BadRequest> corpus = new ArrayList<>();
    corpus.addAll(storage());
    corpus.addAll(audit());
    corpus.addAll(
        unusable("processing", "/stats", List.of("/stats/today", "/stats%00", "/statistics")));
    corpus.addAll(unusable("health", "/status", List.of("/status/receiver", "/state")));
    corpus.addAll(unusable("health", "/events", List.of("/events/1")));
    corpus.addAll(unusable("dashboard", "/api/config", List.of("/api/config/x", "/api/configs")));
    return corpus;
  }

  private static List<BadRequest> storage() {
    List<BadRequest> corpus = new ArrayList<>();
    for (String type : List.of("new_album", "new_single_song")) {
      String base = "/events/" + type;
      String range = "?timestamp=" + FROM + "&end_timestamp=" + TO;
      for (String[] q :
          new String[][] {
            {"?timestamp=yesterday&end_timestamp=" + TO, "timestamp not a time"},
            {"?timestamp=2026-01-01&end_timestamp=" + TO, "a date without a time"},
            {"?timestamp=" + FROM + "&end_timestamp=" + FROM, "an empty range"},
            {"?timestamp=2026-13-01T00:00:00Z&end_timestamp=" + TO, "month 13"},
            {"?timestamp=" + FROM + "&end_timestamp=2026-01-01T25:00:00Z", "hour 25"},
            {"?timestamp=" + TO + "&end_timestamp=" + FROM, "a reversed range"},
            {"?timestamp=%00&end_timestamp=" + TO, "a NUL timestamp"},
            {"?timestamp=" + "9".repeat(400) + "&end_timestamp=" + TO, "a 400-digit timestamp"},
            {range + "&limit=0", "limit 0"},
            {range + "&limit=-1", "limit -1"},
            {range + "&limit=1000000", "limit 1000000"},
            {range + "&limit=ten", "limit ten"},
            {range + "&limit=1e3", "limit 1e3"},
            {range + "&limit=99999999999999999999999", "a 23-digit limit"},
            {range + "&cursor=-1", "cursor -1"},
            {range + "&cursor=abc", "cursor abc"},
            {range + "&cursor=99999999999999999999999", "a 23-digit cursor"},
          }) {
        corpus.add(BadRequest.get("storage", base + q[0], type + ": " + q[1]));
      }
    }
    corpus.addAll(
        unusable(
            "storage",
            "/events/new_album?timestamp=" + FROM + "&end_timestamp=" + TO,
            List.of("/events/new_song?timestamp=" + FROM, "/events", "/events/new_album/1")));
    return corpus;
  }

  private static List<BadRequest> audit() {
    List<BadRequest> corpus = new ArrayList<>();
    for (String type : List.of("album", "single_song")) {
      for (String[] q :
          new String[][] {
            {"", "no index"},
            {"?index=", "an empty index"},
            {"?index=-1", "index -1"},
            {"?index=abc", "index abc"},
            {"?index=1.5", "index 1.5"},
            {"?index=1e3", "index 1e3"},
            {"?index=99999999999999999999", "a 20-digit index"},
            {"?index=%00", "a NUL index"},
            {"?index=0x10", "a hexadecimal index"},
            {"?index=999999999", "an index past the end"},
          }) {
        corpus.add(BadRequest.get("audit", "/" + type + q[0], type + ": " + q[1]));
      }
    }
    corpus.addAll(
        unusable(
            "audit", "/album?index=0", List.of("/albums?index=0", "/album/0", "/%2e%2e/album")));
    corpus.addAll(unusable("audit", "/counts", List.of("/counts/album")));
    return corpus;
  }

  /** Wrong methods and an unacceptable media type on {@code path}, and paths next to it. */
  private static List<BadRequest> unusable(String service, String path, List<String> wrongPaths) {
    List<BadRequest> corpus = new ArrayList<>();
    for (String method : List.of("POST", "PUT", "DELETE")) {
      corpus.add(
          new BadRequest(
              service,
              method,
              path,
              Map.of("Content-Type", "application/json"),
              "{}",
              method + " on a read endpoint"));
    }
    if (!path.equals("/events")) {
      corpus.add(
          BadRequest.get(service, path, "accepting only XML")
              .with("Accept", "application/xml", "accepting only XML"));
    }
    for (String wrong : wrongPaths) {
      corpus.add(BadRequest.get(service, wrong, "path " + wrong));
    }
    return corpus;
  }
}
