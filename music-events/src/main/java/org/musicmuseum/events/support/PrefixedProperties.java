package org.musicmuseum.events.support;

import java.util.Properties;
import java.util.function.Function;

/**
 * Collects every configuration key under a prefix, without the prefix (e.g. Kafka client settings).
 */
public final class PrefixedProperties {

  private PrefixedProperties() {}

  /**
   * @param prefix e.g. {@code kafka.producer.}
   * @param names every configuration key
   * @param lookup the value of a key
   */
  public static Properties collect(
      String prefix, Iterable<String> names, Function<String, String> lookup) {
    Properties props = new Properties();
    for (String name : names) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        props.put(name.substring(prefix.length()), lookup.apply(name));
      }
    }
    return props;
  }
}
