package org.musicmuseum.health.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.health.domain.ServiceState;
import org.musicmuseum.health.domain.Status;
import org.musicmuseum.health.domain.StatusChange;
import org.musicmuseum.health.domain.StatusReport;

class StatusStoreTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:15:30.123456Z");

  @TempDir Path dir;
  private StatusStore store;

  @AfterEach
  void close() throws Exception {
    if (store != null) {
      store.close();
    }
  }

  private static StatusReport report() {
    Map<String, ServiceState> services = new LinkedHashMap<>();
    services.put("storage", new ServiceState(Status.DOWN, T0, T0, "connection refused"));
    services.put("receiver", new ServiceState(Status.RUNNING, T0, T0.minusSeconds(60), "ready"));
    services.put("audit", ServiceState.unknown());
    return new StatusReport(
        T0,
        services,
        List.of(
            new StatusChange("storage", Status.UNKNOWN, Status.RUNNING, T0.minusSeconds(60)),
            new StatusChange("storage", Status.RUNNING, Status.DOWN, T0)));
  }

  @Test
  void whatIsSavedIsLoadedBack() throws IOException {
    store = new StatusStore(dir.resolve("data/status.json"));

    store.save(report());

    assertThat(store.load()).contains(report());
  }

  @Test
  void theFileUsesTheWireNames() throws IOException {
    store = new StatusStore(dir.resolve("status.json"));

    store.save(report());

    String json = Files.readString(dir.resolve("status.json"));
    assertThat(json)
        .contains(
            "\"last_update\": \"2026-11-25T10:15:30.123456Z\"",
            "\"last_check\"",
            "\"status\": \"Down\"",
            "\"from\": \"Running\"",
            "\"status\": \"Unknown\"")
        .doesNotContain("lastCheck", "RUNNING");
  }

  @Test
  void aSaveReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    store = new StatusStore(dir.resolve("status.json"));
    store.save(new StatusReport(null, Map.of(), List.of()));

    store.save(report());

    assertThat(store.load()).contains(report());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("status.json"));
    }
  }

  @Test
  void noFileMeansNothingSaved() {
    store = new StatusStore(dir.resolve("missing/status.json"));

    assertThat(store.load()).isEmpty();
  }

  @Test
  void anUnreadableFileIsIgnored() throws IOException {
    Files.writeString(dir.resolve("status.json"), "{\"last_update\": \"yesterday\", ");
    store = new StatusStore(dir.resolve("status.json"));

    assertThat(store.load()).isEmpty();
  }
}
