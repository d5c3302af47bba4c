package org.musicmuseum.stack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

  @TempDir Path dir;

  private JsonObject claimsPrintedBy(TokenCommand command, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = command.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    String token = bytes.toString(StandardCharsets.UTF_8).strip();
    String claims =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(claims)).readObject();
  }

  @Test
  void printsAWriterTokenForAnHourByDefault() {
    JwtKeys keys = new JwtKeys(dir);
    keys.ensure();

    JsonObject claims = claimsPrintedBy(new TokenCommand(Map.of("USER", "ops"), keys.privateKey()));

    assertThat(claims.getString("sub")).isEqualTo("ops");
    assertThat(claims.getJsonArray("groups").getString(0)).isEqualTo("writer");
    assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue())
        .isEqualTo(3600);
    assertThat(claims.getString("iss")).isEqualTo(TokenIssuer.DEFAULT_ISSUER);
  }

  @Test
  void rolesSubjectTtlIssuerAndAudienceCanBeChosen() {
    JwtKeys keys = new JwtKeys(dir);
    keys.ensure();
    TokenCommand command =
        new TokenCommand(
            Map.of("JWT_ISSUER", "https://issuer.example", "JWT_AUDIENCES", " museum-prod , other"),
            keys.privateKey());

    JsonObject claims =
        claimsPrintedBy(
            command, "--role", "reader", "--role", "writer", "--subject", "ci", "--ttl", "15m");

    assertThat(claims.getJsonArray("groups").toString()).isEqualTo("[\"reader\",\"writer\"]");
    assertThat(claims.getString("sub")).isEqualTo("ci");
    assertThat(claims.getString("iss")).isEqualTo("https://issuer.example");
    assertThat(claims.getString("aud")).isEqualTo("museum-prod");
    assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue())
        .isEqualTo(900);
  }

  @Test
  void ttlsAreWholeNumbersWithAUnit() {
    assertThat(TokenCommand.ttl("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(TokenCommand.ttl("8h")).isEqualTo(Duration.ofHours(8));
    assertThat(TokenCommand.ttl("7d")).isEqualTo(Duration.ofDays(7));
    for (String bad : List.of("0m", "1.5h", "10", "h", "-1h", "10y")) {
      assertThatThrownBy(() -> TokenCommand.ttl(bad)).hasMessageContaining("--ttl " + bad);
    }
  }

  @Test
  void aMissingKeyOrABadOptionIsExplained() {
    TokenCommand noKey = new TokenCommand(Map.of(), dir.resolve("absent.pem"));
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> noKey.run(List.of(), out))
        .hasMessageContaining("no signing key at")
        .hasMessageContaining("SECURITY_PROFILE=jwt ./museum up");
    assertThatThrownBy(() -> noKey.run(List.of("--colour", "red"), out))
        .hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> noKey.run(List.of("--role"), out))
        .hasMessageContaining("--role needs a value");
  }
}
