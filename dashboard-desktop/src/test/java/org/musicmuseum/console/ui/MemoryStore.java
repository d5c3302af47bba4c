package org.musicmuseum.console.ui;

import java.util.HashMap;
import java.util.Map;
import org.musicmuseum.console.config.SettingsStore;

/** Remembers settings in memory, so that tests never touch the user's preferences. */
final class MemoryStore implements SettingsStore {

  private final Map<String, String> saved = new HashMap<>();

  @Override
  public synchronized Map<String, String> load() {
    return Map.copyOf(saved);
  }

  @Override
  public synchronized void save(Map<String, String> values) {
    saved.clear();
    saved.putAll(values);
  }
}
