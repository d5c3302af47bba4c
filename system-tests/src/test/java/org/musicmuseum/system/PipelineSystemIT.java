package org.musicmuseum.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.musicmuseum.system.badinput.BadInputChecks;
import org.musicmuseum.system.faults.FaultChecks;
import org.musicmuseum.testkit.TestStack;

/**
 * The whole pipeline on one stack of all six services: ingest end to end, statistics and audit
 * against the database, poison records, 200+ malformed requests, the trace lookup for an event in
 * each state, and faults injected under load. One stack start serves the four groups (each of them
 * checks only what it sent itself), which keeps the suite within its time budget.
 */
class PipelineSystemIT {

  private static TestStack museum;

  @BeforeAll
  static void start() {
    museum =
        TestStack.start(
            "system-tests",
            "pipeline-",
            stack ->
                stack
                    .services("receiver", "storage", "processing", "audit", "health", "dashboard")
                    .serviceEnv("PROCESSING_INTERVAL_MS", "250")
                    .serviceEnv("HEALTH_INTERVAL_MS", "250"));
  }

  @AfterAll
  static void stop() {
    if (museum != null) {
      museum.close();
    }
  }

  @Nested
  class Services extends ServicesChecks {
    Services() {
      super(museum);
    }
  }

  @Nested
  class Ingest extends IngestChecks {
    Ingest() {
      super(museum);
    }
  }

  @Nested
  class BadInput extends BadInputChecks {
    BadInput() {
      super(museum);
    }
  }

  @Nested
  class Metrics extends MetricsChecks {
    Metrics() {
      super(museum);
    }
  }

  @Nested
  class Trace extends TraceChecks {
    Trace() {
      super(museum);
    }
  }

  @Nested
  class Faults extends FaultChecks {
    Faults() {
      super(museum);
    }
  }

  @Nested
  class Monitoring extends MonitoringChecks {
    Monitoring() {
      super(museum);
    }
  }
}
