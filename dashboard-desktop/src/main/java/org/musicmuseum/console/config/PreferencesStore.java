package org.musicmuseum.console.config;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Remembers the settings in the user's Java preferences (on Linux under {@code ~/.java}). */
public final class PreferencesStore implements SettingsStore {

  private final Preferences node;

  public PreferencesStore(Preferences node) {
    this.node = node;
  }

  /** The console's node in the current user's preferences. */
  public static PreferencesStore forUser() {
    return new PreferencesStore(Preferences.userRoot().node("org/musicmuseum/console"));
  }

  @Override
  public Map<String, String> load() {
    Map<String, String> values = new HashMap<>();
    try {
      for (String key : node.keys()) {
        String value = node.get(key, null);
        if (value != null) {
          values.put(key, value);
        }
      }
    } catch (BackingStoreException e) {
      return Map.of();
    }
    return values;
  }

  @Override
  public void save(Map<String, String> values) {
    try {
      node.clear();
      values.forEach(node::put);
      node.flush();
    } catch (BackingStoreException e) {
      throw new IllegalStateException("the settings could not be saved: " + e.getMessage(), e);
    }
  }
}
