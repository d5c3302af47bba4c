package org.musicmuseum.stack.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed views of SnakeYAML's untyped values: a missing value reads as an empty map or list. */
final class YamlMaps {

  private YamlMaps() {}

  static Map<String, Object> map(Object value) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("expected a mapping, found: " + value);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  static List<Object> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return List.copyOf(l);
    }
    return List.of(value);
  }

  static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }
}
