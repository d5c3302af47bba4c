package org.musicmuseum.console.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlsTest {

  @Test
  void aTrailingSlashIsAddedSoThatRelativePathsResolveBelow() {
    URI uri = BaseUrls.parse("processing URL", "http://localhost:8100/processing");

    assertThat(uri).hasToString("http://localhost:8100/processing/");
    assertThat(uri.resolve("stats")).hasToString("http://localhost:8100/processing/stats");
  }

  @Test
  void aTrailingSlashIsKeptAndSurroundingBlanksAreDropped() {
    assertThat(BaseUrls.parse("health URL", "  http://h:1/healthcheck/ "))
        .hasToString("http://h:1/healthcheck/");
  }

  @Test
  void aUrlWithoutPathGetsTheRootPath() {
    assertThat(BaseUrls.parse("gateway URL", "http://localhost:8000"))
        .hasToString("http://localhost:8000/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://museum.example/audit_log", "https://museum.example/audit_log"})
  void httpAndHttpsAreAccepted(String text) {
    assertThat(BaseUrls.parse("audit URL", text)).hasToString(text + "/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:8100/processing",
        "/processing",
        "processing",
        "http:///processing",
        "ftp://museum.example/processing",
        "",
        "   "
      })
  void anythingButAnHttpUrlWithAHostIsRefusedNamingWhatItIsFor(String text) {
    assertThatThrownBy(() -> BaseUrls.parse("processing URL", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The processing URL '" + text.strip() + "'")
        .hasMessageContaining("http:// or https://");
  }

  @Test
  void nullIsRefusedLikeBlank() {
    assertThatThrownBy(() -> BaseUrls.parse("audit URL", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("audit URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://h/processing?x=1", "http://h/processing#top"})
  void aQueryOrFragmentIsRefused(String text) {
    assertThatThrownBy(() -> BaseUrls.parse("processing URL", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The processing URL '" + text + "' must not have a query or fragment");
  }

  @Test
  void somethingThatIsNoUriAtAllIsRefusedWithTheReason() {
    assertThatThrownBy(() -> BaseUrls.parse("health URL", "http://h/a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The health URL 'http://h/a b' is not a URL: ");
  }

  @Test
  void showDropsTheTrailingSlash() {
    assertThat(BaseUrls.show(URI.create("http://localhost:8100/processing/")))
        .isEqualTo("http://localhost:8100/processing");
    assertThat(BaseUrls.show(URI.create("http://localhost:8100/processing")))
        .isEqualTo("http://localhost:8100/processing");
  }

  @Test
  void showAfterParseGivesBackWhatWasTyped() {
    String typed = "https://museum.example:8443/audit_log";

    assertThat(BaseUrls.show(BaseUrls.parse("audit URL", typed))).isEqualTo(typed);
  }
}
