package org.musicmuseum.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Topics;
import org.musicmuseum.stack.LocalStack;
import org.musicmuseum.stack.Ports;
import org.musicmuseum.system.browser.DashboardPage;
import org.musicmuseum.system.browser.DashboardPage.Viewport;
import org.musicmuseum.system.gateway.GatewayLimits;
import org.musicmuseum.system.gateway.Nginx;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;
import org.musicmuseum.testkit.browser.HeadlessChrome;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The production topology on one machine: Debian's nginx running {@code deploy/nginx.conf} in front
 * of two receivers, three storage servers in one consumer group on a topic of six partitions, two
 * audit servers, and every other service.
 */
class DeploymentSystemIT {

  private static final List<String> ROUTED =
      List.of("receiver", "storage", "processing", "audit", "health", "dashboard");
  private static LocalStack stack;
  private static Nginx gateway;
  private static TestStack museum;
  private static Path work;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Nginx.installed())
        .as("nginx is installed at %s (apt-get install nginx-light)", Nginx.BINARY)
        .isTrue();
    museum =
        TestStack.start(
            "system-tests",
            "deployment-",
            builder ->
                builder
                    .services(ROUTED.toArray(String[]::new))
                    .replicas("receiver", 2)
                    .replicas("storage", 3)
                    .replicas("audit", 2)
                    .partitions(6)
                    .serviceEnv("PROCESSING_INTERVAL_MS", "500")
                    .serviceEnv("HEALTH_INTERVAL_MS", "500")
                    .serviceEnv("DASHBOARD_REFRESH_MS", "1000")
                    .envOf("dashboard", "PROCESSING_URL", "/processing")
                    .envOf("dashboard", "HEALTH_URL", "/healthcheck")
                    .envOf("dashboard", "AUDIT_URL", "/audit_log"));
    stack = museum.stack();
    work = museum.workDir();
    Map<String, List<Integer>> upstreams =
        ROUTED.stream()
            .collect(
                Collectors.toMap(
                    s -> s,
                    s ->
                        stack.services().stream()
                            .filter(spec -> spec.war().equals(s))
                            .map(spec -> stack.port(spec.name()))
                            .toList()));
    gateway =
        Nginx.start(
            TestStack.root().resolve("deploy/nginx.conf"),
            work.resolve("nginx"),
            Ports.free(),
            upstreams);
  }

  @AfterAll
  static void stop() {
    try {
      if (gateway != null) {
        gateway.close();
      }
    } finally {
      if (museum != null) {
        museum.close();
      }
    }
  }

  @Test
  void everyPostThroughTheGatewaySucceedsWhileOneReceiverIsDead() {
    GatewayTraffic traffic = new GatewayTraffic(gateway.url(), museum);
    assertThat(traffic.postAlbums(40)).as("posts with both receivers up").isEmpty();
    try {
      stack.killService("receiver-2");

      assertThat(traffic.postAlbums(80)).as("posts after receiver-2 was killed").isEmpty();
    } finally {
      stack.startService("receiver-2");
    }
    patiently().untilAsserted(() -> assertThat(traffic.stored()).containsExactly(120, 120));
    System.out.println(
        "gateway: 120 albums posted, 80 of them after receiver-2 died; stored 120 once each");
  }

  @Test
  void theGatewayRefusesOversizedBodiesAndFloodsWithProblemsAndEnqueuesNothing() throws Exception {
    GatewayLimits limits = new GatewayLimits(gateway.url());
    long enqueued = museum.topicSize();

    GatewayLimits.assertProblem(limits.postBytes("/storage/events/new_album", 1_100_000), 413);
    GatewayLimits.assertProblem(limits.postBytes("/receiver/events/batch", 4_300_000), 413);
    Map<Integer, Integer> flood;
    try {
      // 600/s for 2.5 s: three times the gateway's 200/s, so ~1,000 pass (burst 400 + 200/s)
      flood = limits.flood(1500, 600);
    } finally {
      limits.awaitDrained();
    }

    assertThat(flood.keySet()).containsOnly(400, 429);
    assertThat(flood.get(429)).as("submissions over the rate limit").isPositive();
    assertThat(museum.topicSize()).isEqualTo(enqueued);
    System.out.println(
        "gateway limits: 1.1 MB and 4.3 MB bodies → 413 problems; 1500 submissions at 600/s → "
            + flood
            + "; nothing enqueued");
  }

  @Test
  void threeStorageReplicasWriteConcurrentlyAndStoreEveryEventOnceThroughAKill() throws Exception {
    try (Admin admin = Admin.create(adminProperties())) {
      patiently().untilAsserted(() -> assertThat(assignments(admin)).hasSize(3));
      String line =
          new ScaleOutChecks(museum, gateway.url(), patiently()).postKillingOne(60, "storage-2");
      patiently().untilAsserted(() -> assertThat(assignments(admin)).hasSize(3));
      patiently()
          .untilAsserted(
              () ->
                  assertThat(museum.readiness("storage-2").toString())
                      .as("storage-2 ready and owning partitions again")
                      .contains("\"status\":\"UP\"")
                      .containsPattern("\"partition_count\":[1-9]"));
      System.out.println("scale-out: " + line);
    }
  }

  @Test
  void twoAuditReplicasAnswerEveryIndexWithTheSameEvent() {
    GatewayTraffic traffic = new GatewayTraffic(gateway.url(), museum);
    for (int i = 0; i < 5; i++) {
      traffic.postMixedBatch(100);
    }
    String audit = new AuditReplicaChecks(museum, patiently()).agree("audit", "audit-2");
    System.out.println("audit replicas: " + audit);
  }

  @Test
  void theDashboardWorksThroughTheGatewayOnOneOrigin() throws Exception {
    new GatewayTraffic(gateway.url(), museum).postAlbums(5);
    ChromeDriver driver = HeadlessChrome.start(work.resolve("browser-" + System.nanoTime()));
    try {
      DashboardPage page = new DashboardPage(driver, gateway.url() + "/").open();
      patiently()
          .untilAsserted(
              () -> {
                JsonObject stats =
                    Http.json(new GatewayTraffic(gateway.url(), museum).get("/processing/stats"));
                assertThat(page.value("stat-albums"))
                    .isEqualTo(Long.toString(stats.getJsonNumber("num_album_events").longValue()));
                assertThat(page.panelError("stats")).isEmpty();
                for (String service : List.of("receiver", "storage", "processing", "audit")) {
                  assertThat(page.serviceStatus(service)).as(service).isEqualTo("Running");
                }
                assertThat(page.auditShownIndex()).isNotEmpty();
              });
      page.screenshot(
          Path.of(
              System.getProperty("museum.root"),
              "system-tests/target/screenshots/gateway-dashboard.png"),
          Viewport.DESKTOP,
          false);
    } finally {
      driver.quit();
    }
  }

  /** Each member of the storage group with the partitions it owns; members without any left out. */
  private static Map<String, Set<TopicPartition>> assignments(Admin admin) throws Exception {
    ConsumerGroupDescription group =
        admin
            .describeConsumerGroups(List.of(Topics.STORAGE_GROUP))
            .all()
            .get()
            .get(Topics.STORAGE_GROUP);
    return group.members().stream()
        .filter(m -> !m.assignment().topicPartitions().isEmpty())
        .collect(
            Collectors.toMap(MemberDescription::consumerId, m -> m.assignment().topicPartitions()));
  }

  private static Properties adminProperties() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    return props;
  }

  private static ConditionFactory patiently() {
    return await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions();
  }
}
