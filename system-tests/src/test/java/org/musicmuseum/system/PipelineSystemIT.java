package org.musicmuseum.system;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.badinput.BadInputChecks;
import org.musicmuseum.system.faults.FaultChecks;

/**
 * The whole pipeline on one stack of all six services: ingest end to end, statistics and audit
 * against the database, poison records, 200+ malformed requests, and faults injected under load.
 * One stack start serves the four groups (each of them checks only what it sent itself), which
 * keeps the suite within its time budget.
 */
class PipelineSystemIT {

  private static LocalStack stack;
  private static MuseumClient client;

  @BeforeAll
  static void start() throws Exception {
    Path root = Path.of(System.getProperty("museum.root"));
    Path work =
        Files.createTempDirectory(
            Files.createDirectories(root.resolve("system-tests/target")), "pipeline-");
    stack =
        LocalStack.builder()
            .root(root)
            .workDir(work)
            .services("receiver", "storage", "processing", "audit", "health", "dashboard")
            .serviceEnv("PROCESSING_INTERVAL_MS", "250")
            .serviceEnv("HEALTH_INTERVAL_MS", "250")
            .start();
    client = new MuseumClient(stack);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  @Nested
  class Services extends ServicesChecks {
    Services() {
      super(stack, client);
    }
  }

  @Nested
  class Ingest extends IngestChecks {
    Ingest() {
      super(client);
    }
  }

  @Nested
  class BadInput extends BadInputChecks {
    BadInput() {
      super(stack, client);
    }
  }

  @Nested
  class Faults extends FaultChecks {
    Faults() {
      super(stack, client);
    }
  }
}
