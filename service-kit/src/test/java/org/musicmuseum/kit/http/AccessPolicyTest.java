package org.musicmuseum.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicmuseum.kit.config.MapConfig;
import org.musicmuseum.kit.http.AccessPolicy.Decision;

class AccessPolicyTest {

  private static final AccessPolicy WRITES_ONLY =
      new AccessPolicy(Optional.of("writer"), Optional.empty());
  private static final AccessPolicy READS_TOO =
      new AccessPolicy(Optional.of("writer"), Optional.of("reader"));

  @Test
  void theOpenPolicyLetsEverythingThrough() {
    assertThat(AccessPolicy.OPEN.open()).isTrue();
    assertThat(AccessPolicy.OPEN.decide("POST", false, role -> false)).isEqualTo(Decision.ALLOW);
    assertThat(AccessPolicy.OPEN.decide("GET", false, role -> false)).isEqualTo(Decision.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post", "FOO"})
  void everyMethodButReadsAndOptionsIsAWrite(String method) {
    assertThat(WRITES_ONLY.decide(method, false, role -> true)).isEqualTo(Decision.UNAUTHENTICATED);
    assertThat(WRITES_ONLY.decide(method, true, Set.of("reader")::contains))
        .isEqualTo(Decision.FORBIDDEN);
    assertThat(WRITES_ONLY.decide(method, true, Set.of("writer")::contains))
        .isEqualTo(Decision.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void readsArePublicWithoutAReadRole(String method) {
    assertThat(WRITES_ONLY.decide(method, false, role -> false)).isEqualTo(Decision.ALLOW);
  }

  @Test
  void aReadRoleProtectsGetAndHeadButNotThePreflight() {
    assertThat(READS_TOO.decide("GET", false, role -> true)).isEqualTo(Decision.UNAUTHENTICATED);
    assertThat(READS_TOO.decide("HEAD", true, Set.of("writer")::contains))
        .isEqualTo(Decision.FORBIDDEN);
    assertThat(READS_TOO.decide("GET", true, Set.of("reader")::contains)).isEqualTo(Decision.ALLOW);
    assertThat(READS_TOO.decide("OPTIONS", false, role -> false)).isEqualTo(Decision.ALLOW);
  }

  @Test
  void blankRolesMeanNoRole() {
    assertThat(new AccessPolicy(Optional.of("  "), Optional.of("")).open()).isTrue();
  }

  @Test
  void theProfileComesFromConfiguration() {
    assertThat(AccessPolicy.from(new MapConfig(Map.of()))).isEqualTo(AccessPolicy.OPEN);
    assertThat(AccessPolicy.from(new MapConfig(Map.of(AccessPolicy.PROFILE, "open"))))
        .isEqualTo(AccessPolicy.OPEN);
    assertThat(
            AccessPolicy.from(
                new MapConfig(
                    Map.of(AccessPolicy.PROFILE, "jwt", AccessPolicy.WRITE_ROLE, "writer"))))
        .isEqualTo(WRITES_ONLY);
    assertThat(
            AccessPolicy.from(
                new MapConfig(
                    Map.of(
                        AccessPolicy.PROFILE, "jwt",
                        AccessPolicy.WRITE_ROLE, "writer",
                        AccessPolicy.READ_ROLE, "reader",
                        AccessPolicy.READ_ACCESS, "ALL_AUTHENTICATED_USERS"))))
        .isEqualTo(READS_TOO);
  }

  @Test
  void aMisconfiguredProfileRefusesToRunOpen() {
    assertThatThrownBy(() -> AccessPolicy.from(new MapConfig(Map.of(AccessPolicy.PROFILE, "jwtt"))))
        .hasMessageContaining("unknown security profile 'jwtt'");
    assertThatThrownBy(() -> AccessPolicy.from(new MapConfig(Map.of(AccessPolicy.PROFILE, "jwt"))))
        .hasMessageContaining("security-jwt.xml was not loaded");
    assertThatThrownBy(
            () ->
                AccessPolicy.from(
                    new MapConfig(
                        Map.of(
                            AccessPolicy.PROFILE, "jwt",
                            AccessPolicy.WRITE_ROLE, "writer",
                            AccessPolicy.READ_ROLE, "reader"))))
        .hasMessageContaining("MUSEUM_SECURITY_READ_ACCESS=ALL_AUTHENTICATED_USERS");
  }
}
