package org.musicmuseum.loadtest.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.musicmuseum.loadtest.http.ClosedLoopLoad;
import org.musicmuseum.loadtest.http.RawHttpConnection;
import org.musicmuseum.loadtest.report.Figure;
import org.musicmuseum.loadtest.report.Figure.Target;

/**
 * Figure 2: events per second through {@code POST /events/batch} (NDJSON, every record acked by
 * Kafka before the 200) against Kafka's ProducerPerformance with the receiver's producer settings,
 * records of the same size, on the same broker (a topic of its own with as many partitions).
 */
record BatchBench(BenchStack stack, BenchOptions options, Progress progress) {

  static final String PERF_TOPIC = "bench-producer-performance";

  /** Issue 20: batch ingest at least 60 % of Kafka's ProducerPerformance. */
  static final Target TARGET = Target.atLeast(0.60);

  /** The receiver's producer settings (receiver-war's microprofile-config.properties). */
  static final List<String> RECEIVER_PRODUCER =
      List.of("acks=all", "enable.idempotence=true", "linger.ms=1");

  /** 20 different NDJSON batches, posted over and over. */
  ClosedLoopLoad load() {
    return new ClosedLoopLoad(BenchStack.HOST, stack.port("receiver"), requests());
  }

  private List<byte[]> requests() {
    EventBodies bodies = new EventBodies(2);
    List<byte[]> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(
          RawHttpConnection.post(
              BenchStack.HOST,
              stack.port("receiver"),
              "/receiver/events/batch",
              "application/x-ndjson",
              bodies.ndjsonBatch(options.batchRecords())));
    }
    return requests;
  }

  Figure run() throws Exception {
    List<byte[]> requests = requests();
    long bytes = requests.stream().mapToLong(r -> r.length).sum();
    // The envelope on the topic is the request record plus trace id and datetime (~70 bytes).
    int recordSize = (int) (bytes / (20L * options.batchRecords())) + 70;
    ClosedLoopLoad.Result result =
        new ClosedLoopLoad(BenchStack.HOST, stack.port("receiver"), requests)
            .run(options.batchConnections(), options.warmup(), options.measured());
    double eventsPerSecond = result.withStatus(200) * options.batchRecords() / result.seconds();
    progress.step(
        "batch ingest %,9.0f events/s (%d batches of %d, %d not 200, p99 %.1f ms per batch)",
        eventsPerSecond,
        result.answered(),
        options.batchRecords(),
        result.answered() - result.withStatus(200),
        result.latencies().percentileMillis(99));

    stack
        .admin()
        .createTopics(List.of(new NewTopic(PERF_TOPIC, stack.stack().partitions(), (short) 1)))
        .all()
        .get();
    ProducerPerformanceRun.Summary perf;
    try {
      progress.step(
          "ProducerPerformance: %,d records of %d bytes, %s",
          options.producerRecords(), recordSize, String.join(" ", RECEIVER_PRODUCER));
      perf =
          ProducerPerformanceRun.run(
              stack.stack().kafkaBootstrap(),
              PERF_TOPIC,
              options.producerRecords(),
              recordSize,
              RECEIVER_PRODUCER);
    } finally {
      stack.admin().deleteTopics(List.of(PERF_TOPIC)).all().get();
    }
    progress.step("ProducerPerformance %,9.0f records/s", perf.perSecond());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("batch_records", options.batchRecords());
    details.put("connections", options.batchConnections());
    details.put("batches_not_200", result.answered() - result.withStatus(200));
    details.put("batch_p99_ms", result.latencies().percentileMillis(99));
    details.put("record_bytes", recordSize);
    details.put("producer_performance_records", perf.records());
    details.put("producer_settings", String.join(" ", RECEIVER_PRODUCER));
    return new Figure(
        2,
        "batch_ingest",
        "Batch ingest vs Kafka ProducerPerformance (same broker)",
        eventsPerSecond,
        perf.perSecond(),
        "events/s",
        TARGET,
        details);
  }
}
