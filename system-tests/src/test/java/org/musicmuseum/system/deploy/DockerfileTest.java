package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.DOCKERFILE;
import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;
import static org.musicmuseum.system.deploy.DeployFiles.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.musicmuseum.system.deploy.DockerfileModel.Copy;
import org.musicmuseum.system.deploy.DockerfileModel.Instruction;

/**
 * Checks Dockerfile.liberty (and .dockerignore) against the build, without a Docker engine: what it
 * copies exists and reaches the build context, and the image runs as non-root, checks readiness and
 * copies the WAR last. What it cannot check: that the image builds (the base image, features.sh)
 * and that the container starts and becomes healthy.
 */
class DockerfileTest {

  private final DeployFiles files = DeployFiles.load();
  private final DockerfileModel dockerfile = files.dockerfile;

  @Test
  void everyCopySourceExistsAfterTheBuildAndPassesDockerignore() throws IOException {
    Set<String> problems = new LinkedHashSet<>();
    List<String> ignore = DockerfileModel.dockerignore(files.root);
    Map<String, Map<String, String>> variants = new LinkedHashMap<>();
    variants.put("Built with its default build arguments, " + DOCKERFILE, Map.of());
    files
        .libertyServices()
        .forEach((svc, args) -> variants.put("For compose service " + svc, args));
    for (var variant : variants.entrySet()) {
      for (Copy copy : dockerfile.copies(variant.getValue())) {
        if (copy.flags().containsKey("from")) {
          continue; // from another stage or image, not from the build context
        }
        if (copy.sources().isEmpty()) {
          problems.add(variant.getKey() + " the COPY at line " + copy.line() + " has no source.");
        }
        for (String source : copy.sources()) {
          if (source.contains("$")) {
            problems.add(
                variant.getKey()
                    + " the COPY at line "
                    + copy.line()
                    + " still has a variable in "
                    + source
                    + ": a build argument is not declared with ARG.");
            continue;
          }
          List<Path> matches = expand(source);
          if (matches.isEmpty()) {
            problems.add(
                variant.getKey()
                    + " the COPY at line "
                    + copy.line()
                    + " copies "
                    + source
                    + ", which does not exist in the repository (build outputs need"
                    + " ./mvnw -DskipTests package first).");
          }
          for (Path match : matches) {
            String relative = files.root.relativize(match).toString().replace('\\', '/');
            if (DockerfileModel.ignoredByDockerignore(ignore, relative)) {
              problems.add(
                  DOCKERFILE
                      + " copies "
                      + relative
                      + ", but .dockerignore keeps it out of the build context.");
            }
          }
        }
      }
    }
    assertNoProblems(List.copyOf(problems));
  }

  @Test
  void dockerfileRunsAsNonRootChecksReadinessAndCopiesTheWarLast() {
    List<String> problems = new ArrayList<>();
    String version = files.rootProperties.getOrDefault("openliberty.version", "?");
    String image = dockerfile.fromImage(Map.of());
    if (!image.startsWith("icr.io/appcafe/open-liberty:" + version + "-kernel-slim-java17")) {
      problems.add(
          DOCKERFILE
              + " starts FROM "
              + image
              + ", not the Open Liberty "
              + version
              + " kernel-slim Java 17 image the build uses (openliberty.version).");
    }

    String healthcheck = dockerfile.last("HEALTHCHECK").map(Instruction::arguments).orElse("");
    if (!healthcheck.contains("/health/ready")
        || !(healthcheck.contains("${HTTP_PORT}") || healthcheck.contains("$HTTP_PORT"))) {
      problems.add(
          DOCKERFILE + " has no HEALTHCHECK that asks http://localhost:${HTTP_PORT}/health/ready.");
    }

    String user = dockerfile.last("USER").map(Instruction::arguments).orElse("").strip();
    String uid = user.split(":")[0];
    if (user.isEmpty() || uid.equals("root") || uid.equals("0")) {
      problems.add(
          DOCKERFILE
              + " runs as '"
              + (user.isEmpty() ? "the base image's user" : user)
              + "'; it must end with USER 1001 (non-root).");
    }

    List<Copy> copies = dockerfile.copies(Map.of());
    int warCopy = -1;
    for (int i = 0; i < copies.size(); i++) {
      Copy copy = copies.get(i);
      if (copy.sources().stream().anyMatch(s -> s.endsWith(".war"))) {
        warCopy = i;
        if (!copy.destination().startsWith("/config/apps/")) {
          problems.add(
              DOCKERFILE
                  + " copies the WAR to "
                  + copy.destination()
                  + " instead of /config/apps/.");
        }
      }
      if (!copy.flags().getOrDefault("chown", "").equals("1001:0")) {
        problems.add(
            DOCKERFILE
                + " copies at line "
                + copy.line()
                + " without --chown=1001:0, so the server (user 1001) may not own the files.");
      }
    }
    if (warCopy < 0) {
      problems.add(DOCKERFILE + " never copies the WAR.");
    } else if (warCopy != copies.size() - 1) {
      problems.add(
          DOCKERFILE
              + " copies something after the WAR (line "
              + copies.get(copies.size() - 1).line()
              + "): the WAR must be the last COPY so that a code change rebuilds only that layer.");
    }
    List<String> destinations = copies.stream().map(Copy::destination).toList();
    for (String expected :
        List.of(
            "/config/server.xml",
            "/opt/ol/wlp/usr/shared/config/",
            "/opt/ol/wlp/usr/shared/resources/jdbc/")) {
      if (!destinations.contains(expected)) {
        problems.add(DOCKERFILE + " copies nothing to " + expected + ".");
      }
    }

    List<Instruction> steps = dockerfile.instructions();
    int features = indexOfRun(steps, "features.sh");
    int configure = indexOfRun(steps, "configure.sh");
    int war = warCopy < 0 ? -1 : steps.indexOf(stepOfCopy(steps, copies.get(warCopy).line()));
    if (features < 0 || configure < 0 || !(features < war && war < configure)) {
      problems.add(
          DOCKERFILE + " must RUN features.sh before it copies the WAR and configure.sh after it.");
    }

    String expose = dockerfile.last("EXPOSE").map(Instruction::arguments).orElse("");
    if (!expose.contains("HTTP_PORT")) {
      problems.add(DOCKERFILE + " does not EXPOSE the service's ${HTTP_PORT}.");
    }
    assertNoProblems(problems);
  }

  /** The build context of the Liberty services must be the repository root. */
  private List<Path> expand(String source) throws IOException {
    for (var entry : files.libertyServices().keySet()) {
      Object context = map(files.services.get(entry).get("build")).get("context");
      Path dir = files.root.resolve("deploy").resolve(String.valueOf(context)).normalize();
      if (!dir.equals(files.root)) {
        throw new AssertionError(
            "The build context of "
                + entry
                + " is "
                + dir
                + ", not the repository root, so the COPY paths of "
                + DOCKERFILE
                + " would not resolve.");
      }
    }
    return DockerfileModel.contextFiles(files.root, source);
  }

  private static int indexOfRun(List<Instruction> steps, String script) {
    for (int i = 0; i < steps.size(); i++) {
      // The script runs as a command of its own, possibly after others (mkdir ... && features.sh).
      Pattern command = Pattern.compile("(^|[;&|]\\s*)" + Pattern.quote(script) + "(\\s|$)");
      if (steps.get(i).keyword().equals("RUN")
          && command.matcher(steps.get(i).arguments()).find()) {
        return i;
      }
    }
    return -1;
  }

  private static Instruction stepOfCopy(List<Instruction> steps, int line) {
    return steps.stream().filter(s -> s.line() == line).findFirst().orElse(null);
  }
}
