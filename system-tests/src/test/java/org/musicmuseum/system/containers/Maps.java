package org.musicmuseum.system.containers;

import java.util.List;
import java.util.Map;

/** Typed access to the maps and lists SnakeYAML reads. */
final class Maps {

  private Maps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("not a mapping: " + value);
    }
    return (Map<String, Object>) value;
  }

  static Map<String, Object> of(Map<String, Object> map, String key) {
    return cast(map.get(key));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }
}
