package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;
import static org.musicmuseum.system.deploy.DeployFiles.list;
import static org.musicmuseum.system.deploy.DeployFiles.map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.musicmuseum.system.monitoring.Prometheus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the monitoring files of deploy/: promtool accepts the scrape config and the alert rules
 * (Debian's prometheus package; .ci/run installs it), Prometheus scrapes every Liberty service of
 * compose.yaml at its port, Prometheus and Grafana are an optional compose profile mounting these
 * files, and every panel of the Grafana dashboard uses the provisioned data source.
 */
class MonitoringFilesTest {

  private static final String CONFIG = "deploy/prometheus/prometheus.yml";
  private static final String DATASOURCE = "deploy/grafana/provisioning/datasources/prometheus.yml";
  private static final String DASHBOARD = "deploy/grafana/dashboards/museum.json";

  private final DeployFiles files = DeployFiles.load();

  @Test
  void promtoolAcceptsTheScrapeConfigAndTheAlertRules() throws Exception {
    assertThat(Prometheus.PROMTOOL.toFile().canExecute())
        .withFailMessage(
            "promtool is not installed at %s (Debian: apt-get install prometheus); .ci/run"
                + " installs it.",
            Prometheus.PROMTOOL)
        .isTrue();
    for (List<String> check :
        List.of(List.of("config", CONFIG), List.of("rules", Prometheus.RULES))) {
      CommandRun run =
          CommandRun.run(
              files.root, Prometheus.PROMTOOL.toString(), "check", check.get(0), check.get(1));
      assertThat(run.succeeded())
          .withFailMessage(
              "promtool check %s %s fails:%n%s", check.get(0), check.get(1), run.output())
          .isTrue();
    }
  }

  @Test
  void prometheusScrapesEveryLibertyServiceAtItsPort() throws Exception {
    Map<String, Object> config = yaml(CONFIG);
    Set<String> targets = new TreeSet<>();
    for (Object job : list(config.get("scrape_configs"))) {
      for (Object group : list(map(job).get("static_configs"))) {
        list(map(group).get("targets")).forEach(t -> targets.add(String.valueOf(t)));
      }
    }
    List<String> problems = new ArrayList<>();
    files
        .libertyServices()
        .forEach(
            (svc, args) -> {
              String target = svc + ":" + args.get("HTTP_PORT");
              if (!targets.contains(target)) {
                problems.add(
                    CONFIG + " does not scrape " + target + " (compose service " + svc + ").");
              }
            });
    targets.stream()
        .filter(t -> !files.services.containsKey(t.split(":")[0]))
        .forEach(t -> problems.add(CONFIG + " scrapes " + t + ", which is no compose service."));
    assertNoProblems(problems);
  }

  @Test
  void prometheusAndGrafanaAreAnOptionalProfileMountingTheDeployFiles() {
    List<String> problems = new ArrayList<>();
    Map<String, String> mounts =
        Map.of(
            "prometheus", "./prometheus:/etc/prometheus:ro",
            "grafana", "./grafana/dashboards:/var/lib/grafana/dashboards:ro");
    mounts.forEach(
        (svc, mount) -> {
          Map<String, Object> service = files.services.get(svc);
          if (service == null) {
            problems.add("compose.yaml has no service " + svc + ".");
            return;
          }
          if (!List.of("monitoring").equals(service.get("profiles"))) {
            problems.add(svc + " is not in the optional profile [monitoring] alone.");
          }
          if (!list(service.get("volumes")).contains(mount)) {
            problems.add(svc + " does not mount " + mount + ".");
          }
        });
    files.services.forEach(
        (svc, service) -> {
          if (!mounts.containsKey(svc) && service.containsKey("profiles")) {
            problems.add(svc + " is in a profile: the pipeline must start without one.");
          }
        });
    assertNoProblems(problems);
  }

  @Test
  void everyDashboardPanelUsesTheProvisionedDataSource() throws Exception {
    Object uid = map(list(yaml(DATASOURCE).get("datasources")).get(0)).get("uid");
    JsonObject dashboard;
    try (var reader = Json.createReader(new StringReader(files.read(DASHBOARD)))) {
      dashboard = reader.readObject();
    }
    List<String> problems = new ArrayList<>();
    for (JsonValue value : dashboard.getJsonArray("panels")) {
      JsonObject panel = value.asJsonObject();
      String used = panel.getJsonObject("datasource").getString("uid");
      if (!used.equals(uid)) {
        problems.add("Panel '" + panel.getString("title") + "' uses the data source " + used);
      }
      if (panel.getJsonArray("targets").isEmpty()) {
        problems.add("Panel '" + panel.getString("title") + "' has no query.");
      }
    }
    assertThat(dashboard.getJsonArray("panels")).isNotEmpty();
    assertNoProblems(problems);
  }

  private Map<String, Object> yaml(String path) throws Exception {
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(files.read(path)));
  }
}
