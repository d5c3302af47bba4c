package org.musicmuseum.kit.config;

import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * Collects every configuration key under a prefix, without the prefix (e.g. Kafka client settings).
 * Keys come in two spellings: the dotted one of a properties file ({@code
 * kafka.producer.linger.ms}) and the environment's ({@code KAFKA_PRODUCER_LINGER_MS}, which
 * MicroProfile Config lists as it is); an environment name is read as the dotted key, lower case
 * with {@code _} as {@code .}, and the dotted spelling wins when both are there (MicroProfile
 * Config already gives it the environment's value).
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
    String envPrefix = prefix.toUpperCase(Locale.ROOT).replace('.', '_');
    Properties props = new Properties();
    Properties fromEnv = new Properties();
    for (String name : names) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        props.put(name.substring(prefix.length()), lookup.apply(name));
      } else if (name.startsWith(envPrefix) && name.length() > envPrefix.length()) {
        String key = name.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        fromEnv.put(key, lookup.apply(name));
      }
    }
    fromEnv.forEach(props::putIfAbsent);
    return props;
  }
}
