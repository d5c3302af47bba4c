package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void anUnknownCommandPrintsUsage(@TempDir Path root) {
    int rc = new Launcher(root, Map.of(), out).run("sing");

    assertThat(rc).isEqualTo(2);
    assertThat(text()).contains("usage: museum up | down | status | logs [name]");
  }

  @Test
  void statusOfAStackThatNeverRanShowsEverythingStopped(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("receiver-war"));

    int rc = new Launcher(root, Map.of(), out).run("status");

    assertThat(rc).isZero();
    assertThat(text())
        .contains("NAME", "PID", "PORT", "STATE")
        .containsPattern("kafka\\s+-\\s+9092\\s+stopped")
        .containsPattern("db\\s+-\\s+3306\\s+stopped")
        .containsPattern("receiver\\s+-\\s+8080\\s+stopped")
        .doesNotContain("storage");
  }

  @Test
  void stateLivesUnderDotMuseumUnlessMuseumHomeIsSet(@TempDir Path root) {
    assertThat(new Launcher(root, Map.of(), out).layout().home())
        .isEqualTo(root.resolve(".museum"));
    assertThat(
            new Launcher(root, Map.of("MUSEUM_HOME", root.resolve("elsewhere").toString()), out)
                .layout()
                .home())
        .isEqualTo(root.resolve("elsewhere"));
  }

  @Test
  void theRootComesFromMuseumRoot(@TempDir Path root) {
    assertThat(Launcher.root(Map.of("MUSEUM_ROOT", root.toString()))).isEqualTo(root);
  }

  @Test
  void downWithNothingRunningIsQuiet(@TempDir Path root) {
    assertThat(new Launcher(root, Map.of(), out).run("down")).isZero();
    assertThat(text()).contains("stopped").doesNotContain("stopping");
  }

  @Test
  void logsOfAnUnknownComponentNameTheKnownOnes(@TempDir Path root) {
    assertThatThrownBy(() -> new Launcher(root, Map.of(), out).run("logs", "nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kafka");
  }

  @Test
  void theOpenProfileGivesTheServicesNoSecurityEnvironment(@TempDir Path root) {
    assertThat(new Launcher(root, Map.of(), out).securityEnv()).isEmpty();
    assertThat(new Launcher(root, Map.of("SECURITY_PROFILE", "open"), out).securityEnv()).isEmpty();
    assertThat(root.resolve(".museum/jwt")).doesNotExist();
  }

  @Test
  void theJwtProfileGetsTheLocalKeyAndAKeystorePasswordThenTokensCanBeIssued(@TempDir Path root)
      throws IOException {
    Launcher launcher = new Launcher(root, Map.of("SECURITY_PROFILE", "jwt"), out);

    Map<String, String> env = launcher.securityEnv();

    Path publicKey = Path.of(env.get(Launcher.PUBLIC_KEY_VARIABLE));
    assertThat(publicKey).isEqualTo(root.resolve(".museum/jwt/public-key.pem"));
    assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(env.get(Launcher.KEYSTORE_PASSWORD_VARIABLE))
        .hasSizeGreaterThan(20)
        .as("the same password on the next start: the servers' keystores were made with it")
        .isEqualTo(
            new Launcher(root, Map.of("SECURITY_PROFILE", "jwt"), out)
                .securityEnv()
                .get(Launcher.KEYSTORE_PASSWORD_VARIABLE));
    assertThat(launcher.run("token", "--role", "writer")).isZero();
    assertThat(text().strip().split("\\.")).hasSize(3);
  }

  @Test
  void keysAndPasswordsGivenByTheEnvironmentAreKept(@TempDir Path root) {
    Map<String, String> given =
        Map.of(
            "SECURITY_PROFILE",
            "jwt",
            Launcher.PUBLIC_KEY_VARIABLE,
            "/etc/museum/issuer.pem",
            Launcher.KEYSTORE_PASSWORD_VARIABLE,
            "from-a-secret");

    assertThat(new Launcher(root, given, out).securityEnv()).isEmpty();
    assertThat(root.resolve(".museum/jwt")).doesNotExist();
  }

  private String text() {
    return output.toString(StandardCharsets.UTF_8);
  }
}
