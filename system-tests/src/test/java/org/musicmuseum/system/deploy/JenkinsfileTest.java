package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;

/**
 * Checks that the Jenkinsfile builds its images from the stack's service list ({@code stack.jar
 * images}, i.e. {@link Services#ALL}) and that this list builds every image deploy/compose.yaml
 * runs, from the same module, WAR and port.
 */
class JenkinsfileTest {

  private final DeployFiles files = DeployFiles.load();

  @Test
  void jenkinsfileBuildsTheImagesComposeRuns() throws IOException {
    List<String> problems = new ArrayList<>();
    String jenkinsfile = files.read("Jenkinsfile");
    if (!jenkinsfile.contains("for svc in $(java -jar stack/target/stack.jar images)")) {
      problems.add("The Jenkinsfile's Images stage does not build from `stack.jar images`.");
    }
    if (jenkinsfile.contains("MUSEUM_SERVICES")) {
      problems.add("The Jenkinsfile keeps a service list of its own (MUSEUM_SERVICES).");
    }
    for (var entry : files.libertyServices().entrySet()) {
      String image = String.valueOf(files.services.get(entry.getKey()).get("image"));
      Matcher name = Pattern.compile("^music-museum/([a-z0-9-]+):.*$").matcher(image);
      if (!name.matches()) {
        problems.add(
            "Service "
                + entry.getKey()
                + " is tagged "
                + image
                + " instead of music-museum/<name>:${MUSEUM_TAG:-latest}.");
        continue;
      }
      Map<String, String> args = entry.getValue();
      String expected =
          String.join(
              ":", name.group(1), args.get("MODULE"), args.get("WAR"), args.get("HTTP_PORT"));
      Optional<String> built = Services.find(name.group(1)).map(ServiceSpec::imageLine);
      if (!built.equals(Optional.of(expected))) {
        problems.add(
            "The Jenkinsfile builds music-museum/"
                + name.group(1)
                + " as "
                + built.orElse("nothing (not in Services.ALL)")
                + ", but compose.yaml builds it from "
                + expected
                + ".");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void theDeployStagePassesEveryVariableComposeRequires() throws IOException {
    String jenkinsfile = files.read("Jenkinsfile");
    int stage = jenkinsfile.indexOf("stage('Deploy')");
    String deploy = stage < 0 ? "" : jenkinsfile.substring(stage);
    Matcher required =
        Pattern.compile("\\$\\{(\\w+):\\?").matcher(files.read("deploy/compose.yaml"));
    List<String> problems = new ArrayList<>();
    while (required.find()) {
      if (!deploy.contains("variable: '" + required.group(1) + "'")) {
        problems.add(
            "compose.yaml requires "
                + required.group(1)
                + ", which the Jenkinsfile's Deploy stage does not pass.");
      }
    }
    assertThat(stage).as("the Jenkinsfile has a Deploy stage").isNotNegative();
    assertNoProblems(problems);
  }
}
