package org.musicmuseum.console.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreferencesStoreTest {

  private Preferences node;
  private PreferencesStore store;

  @BeforeEach
  void throwawayNode() {
    node = Preferences.userRoot().node("org/musicmuseum/console-test/" + UUID.randomUUID());
    store = new PreferencesStore(node);
  }

  @AfterEach
  void removeNode() throws BackingStoreException {
    Preferences parent = node.parent();
    node.removeNode();
    parent.flush();
  }

  @Test
  void nothingSavedLoadsEmpty() {
    assertThat(store.load()).isEmpty();
  }

  @Test
  void whatIsSavedIsLoaded() {
    Map<String, String> values =
        Map.of(
            SettingsResolver.PROCESSING, "http://p.example/processing",
            SettingsResolver.HEALTH, "http://h.example/healthcheck",
            SettingsResolver.AUDIT, "http://a.example/audit_log",
            SettingsResolver.REFRESH, "7");

    store.save(values);

    assertThat(store.load()).isEqualTo(values);
  }

  @Test
  void whatIsSavedIsThereForANewStoreOnTheSameNode() throws BackingStoreException {
    store.save(Map.of(SettingsResolver.REFRESH, "9"));
    node.sync();

    assertThat(new PreferencesStore(node).load())
        .containsExactly(Map.entry("refresh.seconds", "9"));
  }

  @Test
  void savingReplacesWhatWasRememberedBefore() {
    store.save(Map.of(SettingsResolver.PROCESSING, "http://old/processing", "stale.key", "x"));

    store.save(Map.of(SettingsResolver.PROCESSING, "http://new/processing"));

    assertThat(store.load())
        .containsExactly(Map.entry(SettingsResolver.PROCESSING, "http://new/processing"));
  }

  @Test
  void savingNothingForgetsEverything() {
    store.save(Map.of(SettingsResolver.REFRESH, "3"));

    store.save(Map.of());

    assertThat(store.load()).isEmpty();
  }
}
