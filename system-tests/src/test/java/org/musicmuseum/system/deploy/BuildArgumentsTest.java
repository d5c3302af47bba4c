package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.DOCKERFILE;
import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks the build arguments deploy/compose.yaml passes to Dockerfile.liberty: each names an ARG of
 * the Dockerfile, a WAR module of the root pom.xml, the WAR that module builds and Liberty loads,
 * and the port its server.xml listens on; and every WAR module is run by some service.
 */
class BuildArgumentsTest {

  private final DeployFiles files = DeployFiles.load();

  @Test
  void buildArgumentsNameExistingModulesWarsAndPorts() {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, String>> liberty = files.libertyServices();
    if (liberty.isEmpty()) {
      problems.add("compose.yaml builds no service from " + DOCKERFILE + ".");
    }
    Set<String> declared = new LinkedHashSet<>(files.dockerfile.stageArgs().keySet());
    declared.addAll(files.dockerfile.globalArgs().keySet());
    for (var entry : liberty.entrySet()) {
      String svc = entry.getKey();
      Map<String, String> args = entry.getValue();
      args.keySet().stream()
          .filter(arg -> !declared.contains(arg))
          .forEach(
              arg ->
                  problems.add(
                      "Service "
                          + svc
                          + " passes the build argument "
                          + arg
                          + ", which "
                          + DOCKERFILE
                          + " does not declare with ARG."));
      String module = args.getOrDefault("MODULE", "");
      String war = args.getOrDefault("WAR", "");
      LibertyModule m = files.modules.get(module);
      if (m == null) {
        problems.add(
            "Service "
                + svc
                + " builds MODULE="
                + module
                + ", which is not a module of the root pom.xml "
                + files.rootModules
                + ".");
        continue;
      }
      if (!m.packaging.equals("war")) {
        problems.add(
            "Service " + svc + " builds module " + module + ", which does not package a WAR.");
      }
      if (!war.equals(m.finalName)) {
        problems.add(
            "Service "
                + svc
                + " names WAR="
                + war
                + ", but "
                + module
                + "/pom.xml builds "
                + m.finalName
                + ".war (its finalName).");
      }
      if (!(war + ".war").equals(m.warLocation)) {
        problems.add(
            "Service "
                + svc
                + " installs "
                + war
                + ".war, but the webApplication of "
                + module
                + "'s server.xml is at location "
                + m.warLocation
                + ", so Liberty would not find the application.");
      }
      String port = m.variables.getOrDefault("http.port", "");
      if (!port.equals(args.getOrDefault("HTTP_PORT", ""))) {
        problems.add(
            "Service "
                + svc
                + " builds with HTTP_PORT="
                + args.get("HTTP_PORT")
                + ", but "
                + module
                + "'s server.xml listens on "
                + port
                + " by default.");
      }
      String envPort = files.environment(svc).get("HTTP_PORT");
      if (envPort != null && !envPort.equals(args.get("HTTP_PORT"))) {
        problems.add(
            "Service "
                + svc
                + " sets HTTP_PORT="
                + envPort
                + " but its image exposes and health-checks port "
                + args.get("HTTP_PORT")
                + ".");
      }
    }
    Set<String> deployed = new TreeSet<>();
    liberty.values().forEach(args -> deployed.add(args.getOrDefault("MODULE", "")));
    files.modules.values().stream()
        .filter(m -> m.packaging.equals("war"))
        .filter(m -> !deployed.contains(m.name))
        .forEach(
            m ->
                problems.add(
                    "The WAR module "
                        + m.name
                        + " is built but compose.yaml runs no service from it."));
    assertNoProblems(problems);
  }
}
