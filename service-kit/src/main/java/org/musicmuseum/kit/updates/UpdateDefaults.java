package org.musicmuseum.kit.updates;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.musicmuseum.events.Topics;

/**
 * The one default of the updates topic's name ({@link Topics#UPDATES} as {@code updates.topic}), at
 * the lowest ordinal, so that the services' {@code mp.messaging.*} settings can say {@code
 * ${updates.topic}} and the environment ({@code UPDATES_TOPIC}) or server.xml overrides it.
 */
public final class UpdateDefaults implements ConfigSource {

  private static final Map<String, String> VALUES = Map.of(Topics.UPDATES_KEY, Topics.UPDATES);

  @Override
  public Set<String> getPropertyNames() {
    return VALUES.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return VALUES.get(propertyName);
  }

  @Override
  public String getName() {
    return "music-museum-defaults";
  }

  @Override
  public int getOrdinal() {
    return 1;
  }
}
