package org.musicmuseum.receiver.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.musicmuseum.stack.security.JwtKeys;
import org.musicmuseum.stack.security.TokenIssuer;
import org.musicmuseum.testkit.Http;
import org.musicmuseum.testkit.TestStack;

/**
 * The receiver in the production security profile (SECURITY_PROFILE=jwt, MicroProfile JWT): a write
 * needs a valid token with the writer group, and a refused request enqueues nothing. Reads need the
 * reader group here (MUSEUM_SECURITY_READ_ROLE is set); health stays open for probes.
 */
class SecurityIT {

  private static final String JSON = ReceiverIT.JSON;
  private static final String ALBUM = ReceiverIT.ALBUM;

  private static final String DASHBOARD_ORIGIN = "https://museum.example";

  private static TestStack receiver;
  private static TokenIssuer issuer;

  @BeforeAll
  static void start() throws Exception {
    JwtKeys keys = new JwtKeys(TestStack.tempDir("receiver-war", "jwt-").resolve("keys"));
    Path publicKey = keys.ensure();
    issuer =
        new TokenIssuer(
            TokenIssuer.DEFAULT_ISSUER,
            TokenIssuer.DEFAULT_AUDIENCE,
            JwtKeys.readPrivateKey(keys.privateKey()));
    Map<String, String> env =
        Map.of(
            "SECURITY_PROFILE",
            "jwt",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            publicKey.toString(),
            "keystore_password",
            java.util.UUID.randomUUID().toString(),
            "MUSEUM_SECURITY_READ_ACCESS",
            "ALL_AUTHENTICATED_USERS",
            "MUSEUM_SECURITY_READ_ROLE",
            "reader",
            "CORS_ALLOWED_ORIGINS",
            DASHBOARD_ORIGIN);
    receiver =
        TestStack.start(
            "receiver-war",
            stack -> {
              stack.services("receiver");
              env.forEach(stack::serviceEnv);
            });
  }

  @AfterAll
  static void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }

  private static String token(List<String> groups) {
    return issuer.issue("it-client", groups, Instant.now(), Duration.ofMinutes(10));
  }

  private static HttpResponse<String> postAlbum(String... headers) {
    return receiver.post("receiver", "/events/new_album", JSON, ALBUM, headers);
  }

  private static void assertRefused(HttpResponse<String> response, int status, long topicBefore) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(response.headers().map() + " body=" + response.body())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(Http.json(response).getInt("status")).isEqualTo(status);
    assertThat(receiver.topicSize()).isEqualTo(topicBefore);
  }

  @Test
  void aWriterTokenIsAccepted() {
    long before = receiver.topicSize();

    HttpResponse<String> response =
        postAlbum("Authorization", "Bearer " + token(List.of("writer")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(receiver.topicSize()).isEqualTo(before + 1);
  }

  @Test
  void noCredentialIs401WithABearerChallenge() {
    long before = receiver.topicSize();

    HttpResponse<String> response = postAlbum();

    assertRefused(response, 401, before);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  void aTokenWithoutTheWriterGroupIs403() {
    long before = receiver.topicSize();

    assertRefused(postAlbum("Authorization", "Bearer " + token(List.of("reader"))), 403, before);
  }

  @Test
  void aTokenSignedByAnotherKeyIs401() {
    KeyPair forger = JwtKeys.generate();
    String forged =
        new TokenIssuer(
                TokenIssuer.DEFAULT_ISSUER, TokenIssuer.DEFAULT_AUDIENCE, forger.getPrivate())
            .issue("it-client", List.of("writer"), Instant.now(), Duration.ofMinutes(10));
    long before = receiver.topicSize();

    assertRefused(postAlbum("Authorization", "Bearer " + forged), 401, before);
  }

  @Test
  void anExpiredTokenIs401() {
    String expired =
        issuer.issue(
            "it-client",
            List.of("writer"),
            Instant.now().minus(Duration.ofHours(2)),
            Duration.ofHours(1));
    long before = receiver.topicSize();

    assertRefused(postAlbum("Authorization", "Bearer " + expired), 401, before);
  }

  @Test
  void aTokenForAnotherIssuerOrAudienceIs401() {
    long before = receiver.topicSize();
    String otherIssuer =
        new TokenIssuer("someone-else", TokenIssuer.DEFAULT_AUDIENCE, issuer.key())
            .issue("it-client", List.of("writer"), Instant.now(), Duration.ofMinutes(10));
    String otherAudience =
        new TokenIssuer(TokenIssuer.DEFAULT_ISSUER, "another-system", issuer.key())
            .issue("it-client", List.of("writer"), Instant.now(), Duration.ofMinutes(10));

    assertRefused(postAlbum("Authorization", "Bearer " + otherIssuer), 401, before);
    assertRefused(postAlbum("Authorization", "Bearer " + otherAudience), 401, before);
  }

  @Test
  void aTamperedOrMalformedTokenIs401() {
    String[] parts = token(List.of("reader")).split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String promotedClaims =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims.replace("\"reader\"", "\"writer\"").getBytes(StandardCharsets.UTF_8));
    String promoted = parts[0] + "." + promotedClaims + "." + parts[2];
    long before = receiver.topicSize();

    assertRefused(postAlbum("Authorization", "Bearer " + promoted), 401, before);
    assertRefused(postAlbum("Authorization", "Bearer not-a-token"), 401, before);
    assertRefused(postAlbum("Authorization", "Basic aXQ6aXQ="), 401, before);
  }

  @Test
  void readsNeedTheReaderGroupWhenOneIsConfigured() {
    String url = receiver.url("receiver", "/events/new_album");

    HttpResponse<String> anonymous = receiver.http().get(url);
    HttpResponse<String> reader =
        receiver.http().get(url, "Authorization", "Bearer " + token(List.of("reader")));

    assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
    // Past the access check, the GET meets the resource, which only takes POST.
    assertThat(reader.statusCode()).as(reader.body()).isEqualTo(405);
  }

  @Test
  void onlyTheConfiguredOriginMaySendTokensFromABrowser() {
    String url = receiver.url("receiver", "/events/new_album");

    HttpResponse<String> allowed = preflight(url, DASHBOARD_ORIGIN);
    HttpResponse<String> other = preflight(url, "https://elsewhere.example");

    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue(DASHBOARD_ORIGIN);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("authorization"));
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private static HttpResponse<String> preflight(String url, String origin) {
    return receiver
        .http()
        .request(
            "OPTIONS",
            url,
            "Origin",
            origin,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization,content-type");
  }

  @Test
  void healthStaysOpenForProbes() {

    assertThat(receiver.getServer("receiver", "/health/ready").statusCode()).isEqualTo(200);
    assertThat(receiver.getServer("receiver", "/health/live").statusCode()).isEqualTo(200);
  }
}
