package org.musicmuseum.stack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.stack.StackException;

class TokenIssuerTest {

  @TempDir Path dir;

  private static JsonObject decode(String part) {
    String json = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static PublicKey readPublicKey(Path file) throws Exception {
    String body =
        Files.readString(file)
            .replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  @Test
  void aTokenCarriesTheClaimsAndVerifiesWithThePublicKey() throws Exception {
    JwtKeys keys = new JwtKeys(dir.resolve("jwt"));
    Path publicKey = keys.ensure();
    TokenIssuer issuer =
        new TokenIssuer("iss-1", "aud-1", JwtKeys.readPrivateKey(keys.privateKey()));
    Instant at = Instant.parse("2026-11-27T10:00:00Z");

    String[] parts =
        issuer.issue("alice", List.of("writer", "reader"), at, Duration.ofMinutes(30)).split("\\.");

    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0]).getString("alg")).isEqualTo("RS256");
    JsonObject claims = decode(parts[1]);
    assertThat(claims.getString("iss")).isEqualTo("iss-1");
    assertThat(claims.getString("aud")).isEqualTo("aud-1");
    assertThat(claims.getString("sub")).isEqualTo("alice");
    assertThat(claims.getString("upn")).isEqualTo("alice");
    assertThat(claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("writer", "reader");
    assertThat(claims.getJsonNumber("iat").longValue()).isEqualTo(at.getEpochSecond());
    assertThat(claims.getJsonNumber("exp").longValue()).isEqualTo(at.getEpochSecond() + 1800);
    assertThat(claims.getString("jti")).isNotBlank();
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(readPublicKey(publicKey));
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
  }

  @Test
  void thePrivateKeyIsOwnerOnlyAndKeptAcrossCalls() throws Exception {
    JwtKeys keys = new JwtKeys(dir.resolve("jwt"));
    keys.ensure();
    String first = Files.readString(keys.privateKey());

    keys.ensure();

    assertThat(Files.readString(keys.privateKey())).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.privateKey())))
        .isEqualTo("rw-------");
    assertThat(Files.readString(keys.publicKey())).startsWith("-----BEGIN PUBLIC KEY-----");
  }

  @Test
  void aFileThatIsNotAPrivateKeyIsRefusedByName() throws Exception {
    Path bogus = Files.writeString(dir.resolve("bogus.pem"), "hello");

    assertThatThrownBy(() -> JwtKeys.readPrivateKey(bogus))
        .isInstanceOf(StackException.class)
        .hasMessageContaining("bogus.pem is not an RSA private key");
  }
}
