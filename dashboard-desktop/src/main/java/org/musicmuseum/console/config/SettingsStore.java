package org.musicmuseum.console.config;

import java.util.Map;

/** Where the settings an operator saved are remembered between runs. */
public interface SettingsStore {

  /** The remembered values by key (see {@link SettingsResolver}); empty when none. */
  Map<String, String> load();

  /** Remembers these values, replacing what was remembered. */
  void save(Map<String, String> values);
}
