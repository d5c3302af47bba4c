package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that the Jenkinsfile's image list (MUSEUM_SERVICES) builds every image deploy/compose.yaml
 * runs, from the same module, WAR and port.
 */
class JenkinsfileTest {

  private final DeployFiles files = DeployFiles.load();

  @Test
  void jenkinsfileBuildsTheImagesComposeRuns() throws IOException {
    List<String> problems = new ArrayList<>();
    String jenkinsfile = files.read("Jenkinsfile");
    Matcher list = Pattern.compile("MUSEUM_SERVICES\\s*=\\s*'([^']*)'").matcher(jenkinsfile);
    Map<String, String> jenkins = new LinkedHashMap<>(); // image name -> module:war:port
    if (list.find()) {
      for (String tuple : list.group(1).trim().split("\\s+")) {
        String[] parts = tuple.split(":", 2);
        jenkins.put(parts[0], parts.length > 1 ? parts[1] : "");
      }
    } else {
      problems.add("The Jenkinsfile has no MUSEUM_SERVICES list of the images to build.");
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
      String expected = args.get("MODULE") + ":" + args.get("WAR") + ":" + args.get("HTTP_PORT");
      if (!expected.equals(jenkins.get(name.group(1)))) {
        problems.add(
            "The Jenkinsfile builds music-museum/"
                + name.group(1)
                + " from "
                + jenkins.get(name.group(1))
                + ", but compose.yaml builds it from "
                + expected
                + ".");
      }
    }
    assertNoProblems(problems);
  }
}
