package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Audit replicas number the log alike: each indexes the whole log on its own volume, and every
 * replica answers index N of a type with the same event.
 */
final class AuditReplicaChecks {

  private static final String[] TYPES = {"album", "single_song"};

  private final TestStack museum;
  private final ConditionFactory patiently;

  AuditReplicaChecks(TestStack museum, ConditionFactory patiently) {
    this.museum = museum;
    this.patiently = patiently;
  }

  /**
   * Both audit replicas answer every index of both types with the same event: as they run, and
   * after {@code second} restarted with an empty volume and indexed the whole log again.
   */
  String agree(String first, String second) {
    int compared = assertAuditAgrees(first, second);
    museum.stack().stopService(second);
    try {
      Files.delete(museum.dataDir(second).resolve("audit-index.bin"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      museum.stack().startService(second);
    }
    museum.awaitReady(second, Duration.ofMinutes(2));
    int rebuilt = assertAuditAgrees(first, second);
    return compared
        + " indices alike; "
        + rebuilt
        + " alike after "
        + second
        + " restarted and indexed the log again from an empty volume";
  }

  private int assertAuditAgrees(String first, String second) {
    long[] counts = new long[2];
    patiently.untilAsserted(
        () -> {
          JsonObject a = Http.json(museum.get(first, "/counts"));
          JsonObject b = Http.json(museum.get(second, "/counts"));
          assertThat(b.getJsonNumber("album").longValue())
              .isEqualTo(a.getJsonNumber("album").longValue())
              .isPositive();
          assertThat(b.getJsonNumber("single_song").longValue())
              .isEqualTo(a.getJsonNumber("single_song").longValue())
              .isPositive();
          counts[0] = a.getJsonNumber("album").longValue();
          counts[1] = a.getJsonNumber("single_song").longValue();
        });
    int compared = 0;
    for (int t = 0; t < TYPES.length; t++) {
      for (long index : indices(counts[t])) {
        String path = "/" + TYPES[t] + "?index=" + index;
        assertThat(museum.get(second, path).body())
            .as("%s of %s and %s", path, first, second)
            .isEqualTo(museum.get(first, path).body());
        compared++;
      }
    }
    return compared;
  }

  /** The first, the last and up to 48 in between. */
  private static List<Long> indices(long count) {
    List<Long> indices = new ArrayList<>();
    long step = Math.max(1, count / 48);
    for (long i = 0; i < count; i += step) {
      indices.add(i);
    }
    indices.add(count - 1);
    return indices;
  }
}
