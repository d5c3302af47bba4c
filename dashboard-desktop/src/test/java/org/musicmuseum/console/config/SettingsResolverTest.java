package org.musicmuseum.console.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsResolverTest {

  private static ConsoleSettings resolve(
      List<String> args, Map<String, String> env, Map<String, String> remembered) {
    return SettingsResolver.resolve(args, env, remembered);
  }

  @Test
  void withNothingGivenTheLocalStackIsUsed() {
    ConsoleSettings s = resolve(List.of(), Map.of(), Map.of());

    assertThat(s.processingUrl()).hasToString("http://localhost:8100/processing/");
    assertThat(s.healthUrl()).hasToString("http://localhost:8120/healthcheck/");
    assertThat(s.auditUrl()).hasToString("http://localhost:8200/audit_log/");
    assertThat(s.refresh()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void eachKeyComesFromArgumentsThenEnvironmentThenRememberedThenDefaults() {
    ConsoleSettings s =
        resolve(
            List.of("--processing-url=http://args/processing"),
            Map.of(
                "MUSEUM_PROCESSING_URL", "http://env/processing",
                "MUSEUM_HEALTH_URL", "http://env/healthcheck"),
            Map.of(
                SettingsResolver.PROCESSING, "http://saved/processing",
                SettingsResolver.HEALTH, "http://saved/healthcheck",
                SettingsResolver.AUDIT, "http://saved/audit_log"));

    assertThat(s.processingUrl()).hasToString("http://args/processing/");
    assertThat(s.healthUrl()).hasToString("http://env/healthcheck/");
    assertThat(s.auditUrl()).hasToString("http://saved/audit_log/");
    assertThat(s.refresh()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void refreshAndTimeoutFollowTheSamePrecedence() {
    ConsoleSettings s =
        resolve(
            List.of("--timeout=1.5"),
            Map.of("MUSEUM_REFRESH_SECONDS", "12", "MUSEUM_TIMEOUT_SECONDS", "9"),
            Map.of(SettingsResolver.REFRESH, "30"));

    assertThat(s.refresh()).isEqualTo(Duration.ofSeconds(12));
    assertThat(s.timeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void aBlankEnvironmentVariableCountsAsUnset() {
    ConsoleSettings s =
        resolve(
            List.of(),
            Map.of("MUSEUM_AUDIT_URL", " "),
            Map.of(SettingsResolver.AUDIT, "http://saved/audit_log"));

    assertThat(s.auditUrl()).hasToString("http://saved/audit_log/");
  }

  @Test
  void theGatewayArgumentStandsForTheServiceUrlsAndTheDashboard() {
    ConsoleSettings s = resolve(List.of("--gateway=http://gw:8000/"), Map.of(), Map.of());

    assertThat(s.processingUrl()).hasToString("http://gw:8000/processing/");
    assertThat(s.healthUrl()).hasToString("http://gw:8000/healthcheck/");
    assertThat(s.auditUrl()).hasToString("http://gw:8000/audit_log/");
    assertThat(s.dashboardUrl()).hasToString("http://gw:8000/");
  }

  @Test
  void theLiveUpdatesComeFromTheLocalDashboardUnlessToldOtherwise() {
    assertThat(resolve(List.of(), Map.of(), Map.of()).dashboardUrl())
        .hasToString("http://localhost:3000/");
    assertThat(
            resolve(List.of(), Map.of("MUSEUM_DASHBOARD_URL", "http://dash:3001"), Map.of())
                .dashboardUrl())
        .hasToString("http://dash:3001/");
  }

  @Test
  void theGatewayVariableStandsForTheServiceUrls() {
    ConsoleSettings s =
        resolve(List.of(), Map.of("MUSEUM_GATEWAY_URL", "https://museum.example"), Map.of());

    assertThat(s.processingUrl()).hasToString("https://museum.example/processing/");
    assertThat(s.healthUrl()).hasToString("https://museum.example/healthcheck/");
    assertThat(s.auditUrl()).hasToString("https://museum.example/audit_log/");
  }

  @Test
  void anExplicitServiceUrlWinsOverTheGatewayOfItsLayer() {
    ConsoleSettings s =
        resolve(
            List.of("--health-url=http://other:8120/healthcheck", "--gateway=http://gw:8000"),
            Map.of(),
            Map.of());

    assertThat(s.processingUrl()).hasToString("http://gw:8000/processing/");
    assertThat(s.healthUrl()).hasToString("http://other:8120/healthcheck/");
    assertThat(s.auditUrl()).hasToString("http://gw:8000/audit_log/");
  }

  @Test
  void aGatewayInTheEnvironmentDoesNotOverrideAnArgument() {
    ConsoleSettings s =
        resolve(
            List.of("--audit-url=http://args/audit_log"),
            Map.of("MUSEUM_GATEWAY_URL", "http://gw:8000"),
            Map.of());

    assertThat(s.processingUrl()).hasToString("http://gw:8000/processing/");
    assertThat(s.auditUrl()).hasToString("http://args/audit_log/");
  }

  @Test
  void anUnknownArgumentIsRefusedWithTheUsage() {
    assertThatThrownBy(() -> resolve(List.of("--colour=blue"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown argument '--colour=blue'")
        .hasMessageContaining(SettingsResolver.USAGE);
  }

  @Test
  void anOptionWithoutValueIsRefusedWithTheUsage() {
    assertThatThrownBy(() -> resolve(List.of("--refresh"), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Give a value: '--refresh=…'")
        .hasMessageContaining(SettingsResolver.USAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"often", "", "5s"})
  void aRefreshThatIsNoNumberIsRefused(String value) {
    assertThatThrownBy(() -> resolve(List.of("--refresh=" + value), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The refresh interval '" + value + "' is not a number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "3601", "-5", "NaN"})
  void aRefreshOutOfRangeIsRefused(String value) {
    assertThatThrownBy(() -> resolve(List.of(), Map.of("MUSEUM_REFRESH_SECONDS", value), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The refresh interval must be between 1")
        .hasMessageEndingWith("seconds, not " + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.05", "301"})
  void aTimeoutOutOfRangeIsRefused(String value) {
    assertThatThrownBy(() -> resolve(List.of("--timeout=" + value), Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The timeout must be between 0.1")
        .hasMessageEndingWith("seconds, not " + value);
  }

  @Test
  void aTimeoutThatIsNoNumberIsRefused() {
    assertThatThrownBy(() -> resolve(List.of(), Map.of(), Map.of("timeout.seconds", "soon")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The timeout 'soon' is not a number");
  }

  @Test
  void aBadRememberedUrlIsRefusedNamingIt() {
    assertThatThrownBy(
            () -> resolve(List.of(), Map.of(), Map.of(SettingsResolver.AUDIT, "ftp://h/a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The audit URL 'ftp://h/a'");
  }

  @Test
  void whatIsRememberedResolvesToTheSameSettings() {
    ConsoleSettings original =
        resolve(
            List.of(
                "--processing-url=https://p.example/processing",
                "--health-url=http://h.example:8120/healthcheck",
                "--audit-url=http://a.example/audit_log",
                "--dashboard-url=http://d.example:3000",
                "--refresh=42"),
            Map.of(),
            Map.of());

    Map<String, String> remembered = SettingsResolver.toRemember(original);

    assertThat(remembered)
        .containsEntry(SettingsResolver.PROCESSING, "https://p.example/processing")
        .containsEntry(SettingsResolver.DASHBOARD, "http://d.example:3000")
        .containsEntry(SettingsResolver.REFRESH, "42");
    assertThat(resolve(List.of(), Map.of(), remembered)).isEqualTo(original);
  }
}
