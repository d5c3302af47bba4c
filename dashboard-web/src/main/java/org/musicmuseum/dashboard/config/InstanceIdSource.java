package org.musicmuseum.dashboard.config;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * {@code dashboard.instance}: a random id per server start, so that each dashboard server reads the
 * updates topic in a consumer group of its own ({@code museum-dashboard-<id>}). The environment
 * ({@code DASHBOARD_INSTANCE}) overrides it.
 */
public final class InstanceIdSource implements ConfigSource {

  public static final String KEY = "dashboard.instance";

  private final Map<String, String> values = Map.of(KEY, UUID.randomUUID().toString());

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return "dashboard-instance";
  }

  @Override
  public int getOrdinal() {
    return 1;
  }
}
