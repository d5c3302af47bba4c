package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of docs/security.md that the sources can prove: the services talk to the database through
 * prepared statements only (SpotBugs' SQL detectors, on in the build, refuse SQL built from
 * non-constant strings), and no tracked file holds a private key or a literal password.
 */
class SecurityRulesTest {

  private static final List<String> SERVICES =
      List.of("receiver-war", "storage-war", "processing-war", "audit-war", "health-war");
  private static final Pattern PRIVATE_KEY =
      Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----\\s*[A-Za-z0-9+/=]{40,}");

  /**
   * A password, secret or key given a literal value in configuration: {@code KEY: value}, {@code
   * key=value}, or a server.xml variable or attribute. A value from a variable ({@code $…}), an
   * empty one or a yes/no switch is fine.
   */
  private static final Pattern LITERAL_SECRET =
      Pattern.compile(
          "(?i)(\\b[a-z_.-]*(?:password|secret|api[_.-]?key)\"?(?:\\s*=|:\\s)\\s*\"?"
              + "|\\bname=\"[^\"]*(?:password|secret)[^\"]*\"\\s+(?:default)?value=\""
              + "|\\bpassword=\")"
              + "(?!(?:yes|no|true|false)\\b)[A-Za-z0-9][^\"\\s,}]*");

  private static final Pattern CONFIG_FILE =
      Pattern.compile(
          ".*(\\.xml|\\.properties|\\.ya?ml|\\.env|\\.conf|Dockerfile[^/]*|Jenkinsfile)$");

  private final DeployFiles files = DeployFiles.load();

  @Test
  void servicesUseOnlyPreparedStatements() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String module : SERVICES) {
      Path sources = files.root.resolve(module).resolve("src/main/java");
      try (Stream<Path> java = Files.walk(sources)) {
        for (Path file : java.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = Files.readString(file);
          if (code.contains("createStatement(") || code.contains("import java.sql.Statement;")) {
            problems.add(files.root.relativize(file) + " uses java.sql.Statement");
          }
        }
      }
    }
    assertThat(problems).as("SQL must go through PreparedStatement with bound values").isEmpty();
  }

  @Test
  void noTrackedFileHoldsAPrivateKeyOrALiteralPassword() throws Exception {
    List<String> problems = new ArrayList<>();
    List<String> tracked = trackedFiles();
    assertThat(tracked).as("git ls-files").contains("pom.xml", "deploy/compose.yaml");
    for (String name : tracked) {
      Path file = files.root.resolve(name);
      if (!Files.isRegularFile(file) || Files.size(file) > 2_000_000) {
        continue;
      }
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      if (PRIVATE_KEY.matcher(text).find()) {
        problems.add(name + " holds a private key");
      }
      if (CONFIG_FILE.matcher(name).matches()) {
        Matcher secret = LITERAL_SECRET.matcher(text);
        while (secret.find()) {
          problems.add(name + " sets a secret literally: " + secret.group());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theSecretScanFindsWhatItLooksFor() {
    assertThat(LITERAL_SECRET.matcher("<variable name=\"db.password\" value=\"hunter22\"/>").find())
        .isTrue();
    assertThat(LITERAL_SECRET.matcher("DB_PASSWORD: changeme").find()).isTrue();
    assertThat(LITERAL_SECRET.matcher("<keyStore password=\"s3cret\"/>").find()).isTrue();
    assertThat(LITERAL_SECRET.matcher("MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"").find()).isFalse();
    assertThat(LITERAL_SECRET.matcher("<variable name=\"db.password\" defaultValue=\"\"/>").find())
        .isFalse();
    assertThat(LITERAL_SECRET.matcher("<keyStore password=\"s3cret\"/>").find()).isTrue();
    assertThat(LITERAL_SECRET.matcher("MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"").find()).isFalse();
    assertThat(LITERAL_SECRET.matcher("<variable name=\"db.password\" defaultValue=\"\"/>").find())
        .isFalse();
    assertThat(LITERAL_SECRET.matcher("password=\"${db.password}\"").find()).isFalse();
    assertThat(LITERAL_SECRET.matcher("DB_PASSWORD: ${MYSQL_PASSWORD:?set it}").find()).isFalse();
    assertThat(
            PRIVATE_KEY
                .matcher(
                    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
                .find())
        .isTrue();
  }

  private List<String> trackedFiles() throws Exception {
    CommandRun git = CommandRun.run(files.root, "git", "ls-files");
    assertThat(git.succeeded()).as(git.output()).isTrue();
    return git.output().lines().filter(l -> !l.isBlank()).toList();
  }
}
