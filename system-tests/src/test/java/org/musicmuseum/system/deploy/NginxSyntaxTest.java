package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.musicmuseum.system.gateway.Nginx;

/**
 * Runs {@code nginx -t} on deploy/nginx.conf: nginx itself is the judge of the syntax. nginx must
 * be installed (.ci/run installs it); the test works in a directory under system-tests/target.
 */
class NginxSyntaxTest {

  private final DeployFiles files = DeployFiles.load();

  @Test
  void nginxAcceptsTheFile() throws Exception {
    assertThat(Nginx.installed())
        .withFailMessage(
            "nginx is not installed at %s (Debian: apt-get install nginx); .ci/run installs it.",
            Nginx.BINARY)
        .isTrue();
    Path target = Files.createDirectories(files.root.resolve("system-tests/target"));
    Path dir = Files.createTempDirectory(target, "deploy-nginx-");
    try {
      // Upstream hosts are compose service names, which resolve only inside compose; nginx -t
      // resolves them, so a copy points them at 127.0.0.1 (same ports) and is tested instead.
      String conf =
          files
              .read("deploy/nginx.conf")
              .replaceAll("(?m)^(\\s*server\\s+)[A-Za-z0-9_.-]+(:\\d+)", "$1" + "127.0.0.1" + "$2");
      Path copy = dir.resolve("nginx.conf");
      Files.writeString(copy, conf);
      CommandRun nginxTest =
          CommandRun.run(
              dir,
              Nginx.BINARY.toString(),
              "-t",
              "-e",
              "stderr",
              "-p",
              dir.toString(),
              "-c",
              copy.toString(),
              "-g",
              "pid " + dir.resolve("nginx.pid") + ";");
      assertThat(nginxTest.succeeded())
          .withFailMessage(
              "nginx -t rejects deploy/nginx.conf (upstream hosts set to 127.0.0.1):%n%s",
              nginxTest.output())
          .isTrue();
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
