package org.musicmuseum.stack.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs MicroProfile JWTs (RS256) with the claims the services check: {@code iss}, {@code aud},
 * {@code sub}/{@code upn}, {@code groups} (the roles), {@code iat}, {@code exp}, {@code jti}.
 *
 * @param issuer the {@code iss} the services expect (JWT_ISSUER)
 * @param audience the {@code aud} the services expect (JWT_AUDIENCES)
 * @param key the issuer's private key
 */
public record TokenIssuer(String issuer, String audience, PrivateKey key) {

  public static final String DEFAULT_ISSUER = "music-museum";
  public static final String DEFAULT_AUDIENCE = "music-museum";

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  /**
   * A token for {@code subject} with {@code groups}, valid from {@code issuedAt} for {@code ttl}.
   */
  public String issue(String subject, List<String> groups, Instant issuedAt, Duration ttl) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    groups.forEach(roles::add);
    JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
    JsonObject claims =
        Json.createObjectBuilder()
            .add("iss", issuer)
            .add("aud", audience)
            .add("sub", subject)
            .add("upn", subject)
            .add("groups", roles)
            .add("iat", issuedAt.getEpochSecond())
            .add("exp", issuedAt.plus(ttl).getEpochSecond())
            .add("jti", UUID.randomUUID().toString())
            .build();
    String signingInput = part(header) + "." + part(claims);
    return signingInput + "." + URL.encodeToString(sign(signingInput));
  }

  private static String part(JsonObject json) {
    return URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private byte[] sign(String signingInput) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the given key", e);
    }
  }
}
