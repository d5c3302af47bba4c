package org.musicmuseum.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.system.Agreement;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * Breaks the running system under a steady load of POSTs: kill -9 of storage, of the receiver, of
 * processing and audit (with SIGTERM to the others); a restart of the broker and of the database.
 * Afterwards every event that got a 201 is in the database exactly once, none that got a 4xx is,
 * processing's counts equal the database's, audit's index holds every event of the log, and health
 * recorded the outage and the recovery. Each test prints its counts. Run by {@code
 * PipelineSystemIT} on its stack.
 */
public abstract class FaultChecks {

  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final int RATE = 50;
  private static final long IDS_PER_TEST = 1_000_000;

  private final LocalStack stack;
  private final TestStack museum;

  private long firstId;
  private Instant faultAt;

  protected FaultChecks(TestStack museum) {
    this.stack = museum.stack();
    this.museum = museum;
  }

  /**
   * Runs {@code fault} under load for one test, its ids ({@code slot} millions) apart from every
   * other test's: the fault comes after the first 200 201s, and the load ends once 200 more have
   * been accepted after it.
   */
  private LoadLedger underLoad(TestInfo test, int slot, Consumer<SteadyLoad> fault) {
    firstId = IDS_PER_TEST * slot;
    String run = test.getTestMethod().orElseThrow().getName();
    try (SteadyLoad load =
        SteadyLoad.start(() -> stack.serviceUrl("receiver"), run, firstId, RATE)) {
      load.awaitMoreAccepted(200, PATIENCE);
      faultAt = Instant.now();
      fault.accept(load);
      load.awaitMoreAccepted(200, PATIENCE);
      return load.finish(PATIENCE);
    }
  }

  private void awaitStatus(String service, Predicate<String> status) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> status.test(Agreement.statusOf(museum, service)));
  }

  /** Everything that must hold once the fault is over and the load has settled. */
  private void assertRecovered(String fault, LoadLedger ledger, List<String> watched) {
    long lastId = firstId + IDS_PER_TEST - 1;
    assertThat(ledger.wrongAnswers())
        .as("events that did not get the answer they deserved")
        .isEmpty();
    await()
        .atMost(PATIENCE)
        .until(() -> StoredCheck.problems(museum.db(), ledger, firstId, lastId).isEmpty());
    assertThat(StoredCheck.problems(museum.db(), ledger, firstId, lastId)).isEmpty();
    await().atMost(PATIENCE).until(() -> Agreement.statsEqualTheDatabase(museum));
    Map<String, Long> log = TopicCensus.validByType(stack);
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              var counts = Http.json(museum.get("audit", "/counts"));
              return counts.getJsonNumber("album").longValue() == log.getOrDefault("new_album", 0L)
                  && counts.getJsonNumber("single_song").longValue()
                      == log.getOrDefault("new_single_song", 0L);
            });
    for (String service : watched) {
      List<String> changes = Agreement.statusChanges(museum, service, faultAt);
      assertThat(changes)
          .as("health history of %s since the fault", service)
          .isNotEmpty()
          .last()
          .isEqualTo("Running");
      assertThat(changes).as("health history of %s", service).anyMatch(s -> !s.equals("Running"));
    }
    System.out.printf(
        "%s: %s; rows of the run %s; log %s; health %s%n",
        fault,
        ledger.summary(),
        StoredCheck.rowCounts(museum.db(), firstId, lastId),
        log,
        watched.stream().map(s -> s + " " + Agreement.statusChanges(museum, s, faultAt)).toList());
  }

  @Test
  void storageKilledAndRestarted(TestInfo test) {
    LoadLedger ledger =
        underLoad(
            test,
            1,
            load -> {
              stack.killService("storage");
              awaitStatus("storage", "Down"::equals);
              load.awaitMoreAccepted(200, PATIENCE);
              stack.startService("storage");
            });
    assertRecovered("kill -9 storage", ledger, List.of("storage"));
  }

  @Test
  void receiverKilledAndRestarted(TestInfo test) {
    LoadLedger ledger =
        underLoad(
            test,
            2,
            load -> {
              stack.killService("receiver");
              awaitStatus("receiver", "Down"::equals);
              stack.startService("receiver");
            });
    assertThat(ledger.failedAttempts()).as("attempts that met the dead receiver").isPositive();
    assertRecovered("kill -9 receiver", ledger, List.of("receiver"));
  }

  @Test
  void brokerRestarted(TestInfo test) {
    LoadLedger ledger =
        underLoad(
            test,
            3,
            load -> {
              stack.stopKafka();
              awaitStatus("receiver", s -> !s.equals("Running"));
              stack.startKafka();
              awaitStatus("receiver", "Running"::equals);
            });
    assertRecovered("broker restart", ledger, List.of("receiver"));
  }

  @Test
  void databaseRestarted(TestInfo test) {
    LoadLedger ledger =
        underLoad(
            test,
            4,
            load -> {
              stack.stopDb();
              awaitStatus("storage", s -> !s.equals("Running"));
              load.awaitMoreAccepted(100, PATIENCE);
              stack.startDb();
              awaitStatus("storage", "Running"::equals);
            });
    assertRecovered("database restart", ledger, List.of("storage"));
  }

  /**
   * The crash path of processing and audit (kill -9) and the graceful path of the others (SIGTERM,
   * what a container runtime sends; Liberty stops from its shutdown hook) in one outage, all
   * restarted together: one restart of the stack's servers covers both. ProcessingIT and AuditIT
   * stop those two gracefully.
   */
  @Test
  void processingAndAuditKilledOthersTerminatedMidStream(TestInfo test) {
    List<String> pipeline = List.of("receiver", "storage", "processing", "audit");
    LoadLedger ledger =
        underLoad(
            test,
            5,
            load -> {
              stack.killService("processing");
              stack.killService("audit");
              stack.terminateService("receiver");
              stack.terminateService("storage");
              pipeline.forEach(service -> awaitStatus(service, "Down"::equals));
              stack.terminateService("health");
              stack.startStopped();
            });
    assertRecovered(
        "kill -9 processing and audit, SIGTERM receiver, storage and health", ledger, pipeline);
  }
}
