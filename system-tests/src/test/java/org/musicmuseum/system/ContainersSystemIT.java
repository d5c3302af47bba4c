package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.system.containers.ContainerDeployment;
import org.musicmuseum.system.containers.KubePlayed;
import org.musicmuseum.system.faults.LoadLedger;
import org.musicmuseum.system.faults.SteadyLoad;
import org.musicmuseum.system.faults.StoredCheck;
import org.musicmuseum.testkit.Http;

/**
 * The compose deployment in real containers (./museum deploy: podman, the images of
 * Dockerfile.liberty on the local base, the Kafka, database and nginx stand-ins), with the jwt
 * security profile, on ports of its own. Everything goes through the gateway with a token.
 */
class ContainersSystemIT {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static ContainerDeployment deployment;
  private static String bearer;
  private final Http http = Http.http11(Duration.ofSeconds(20));

  @BeforeAll
  static void up() {
    deployment = ContainerDeployment.start();
    bearer = "Bearer " + deployment.token();
  }

  @AfterAll
  static void down() {
    if (deployment != null) {
      deployment.close();
      assertThat(deployment.leftovers()).as("what the deployment left behind").isEmpty();
    }
  }

  @Test
  void aThousandEventsThroughTheGatewayAreStoredOnceAndCounted() throws Exception {
    long first = 1_000_000;
    HttpResponse<String> anonymous =
        http.post(receiver("new_album"), Http.JSON, album(first - 1).toString());
    assertThat(anonymous.statusCode()).as("a write without a token").isEqualTo(401);

    List<Integer> statuses = postAll(first, 500);

    assertThat(statuses).hasSize(1000).containsOnly(201);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(StoredCheck.rowCounts(deployment.db(), first - 1, first + 999))
                    .containsEntry("albums", 500)
                    .containsEntry("single_songs", 500));
    await().atMost(PATIENCE).until(() -> Agreement.statsEqualTheDatabase(stats(), deployment.db()));
    System.out.println("containers: 1,000 events through the gateway, counted: " + stats());
  }

  @Test
  void aReceiverContainerKilledUnderLoadLosesNothing() {
    LoadLedger ledger =
        underLoad(
            2_000_000,
            load -> {
              deployment.crash("receiver-1");
              load.awaitMoreAccepted(300, PATIENCE);
            });
    assertEveryEventAnsweredAndStoredOnce(ledger, 2_000_000);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(deployment.healthy("receiver-1"))
                    .as("receiver-1 restarted by its restart policy and healthy")
                    .isTrue());
  }

  @Test
  void aRestartedDatabaseContainerLosesNothingAccepted() {
    LoadLedger ledger =
        underLoad(
            3_000_000,
            load -> {
              deployment.podman("restart", "-t", "10", deployment.container("mysql"));
              load.awaitMoreAccepted(300, PATIENCE);
            });
    assertEveryEventAnsweredAndStoredOnce(ledger, 3_000_000);
    await().atMost(PATIENCE).until(() -> Agreement.statsEqualTheDatabase(stats(), deployment.db()));
  }

  @Test
  void theKubernetesReceiverAndStorageRunUnderPodmanKubePlay() {
    long id = 4_000_000;
    try (KubePlayed played = deployment.playKubernetes("receiver", "storage")) {
      for (String workload : List.of("receiver", "storage")) {
        String ready = "http://127.0.0.1:" + played.port(workload) + "/health/ready";
        await()
            .atMost(PATIENCE)
            .ignoreExceptions()
            .until(() -> http.get(ready).statusCode() == 200);
      }
      HttpResponse<String> posted =
          http.post(
              "http://127.0.0.1:" + played.port("receiver") + "/receiver/events/new_album",
              Http.JSON,
              album(id).toString(),
              "Authorization",
              bearer);
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(StoredCheck.rowCounts(deployment.db(), id, id))
                      .containsEntry("albums", 1));
      System.out.println("kube play: receiver and storage of deploy/k8s ready; " + played.pods());
    }
    assertThat(
            deployment.podman(
                "pod", "ps", "-q", "--filter", "name=receiver-pod", "--filter", "name=storage-pod"))
        .as("pods left by kube play")
        .isBlank();
  }

  /** 40 events a second through the gateway; {@code fault} once 200 are in; then settles. */
  private LoadLedger underLoad(long firstId, Consumer<SteadyLoad> fault) {
    try (SteadyLoad load =
        SteadyLoad.start(
            () -> deployment.gateway() + "/receiver",
            "containers-" + firstId,
            firstId,
            40,
            List.of("Authorization", bearer))) {
      load.awaitMoreAccepted(200, PATIENCE);
      fault.accept(load);
      return load.finish(PATIENCE);
    }
  }

  private void assertEveryEventAnsweredAndStoredOnce(LoadLedger ledger, long firstId) {
    assertThat(ledger.wrongAnswers()).as("events without the answer they deserved").isEmpty();
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(StoredCheck.problems(deployment.db(), ledger, firstId, firstId + 99_999))
                    .isEmpty());
    System.out.printf(
        "containers: %s; failed attempts the client retried: %d%n",
        ledger.summary(), ledger.failedAttempts());
  }

  private List<Integer> postAll(long first, int each) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers =
          java.util.stream.IntStream.range(0, 2 * each)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            boolean isAlbum = i % 2 == 0;
                            JsonObject body = isAlbum ? album(first + i) : single(first + i);
                            return http.post(
                                    receiver(isAlbum ? "new_album" : "new_single_song"),
                                    Http.JSON,
                                    body.toString(),
                                    "Authorization",
                                    bearer)
                                .statusCode();
                          }))
              .toList();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonObject album(long id) {
    return Payloads.album(id, "Container album " + id, "Artist " + id % 11, 1 + (int) (id % 30));
  }

  private static JsonObject single(long id) {
    return Payloads.single(id, "Container song " + id, "Artist " + id % 13, 60 + id % 300 + 0.5);
  }

  private static String receiver(String type) {
    return deployment.gateway() + "/receiver/events/" + type;
  }

  private JsonObject stats() {
    return Http.json(http.get(deployment.gateway() + "/processing/stats"));
  }
}
