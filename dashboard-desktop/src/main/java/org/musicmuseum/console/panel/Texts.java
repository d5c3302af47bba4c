package org.musicmuseum.console.panel;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The texts a presenter shows, one read-only property per key of its enum; the view binds to them,
 * the presenter sets them (on the FX thread only).
 */
final class Texts<K extends Enum<K>> {

  private final Map<K, ReadOnlyStringWrapper> texts;

  /** Each text starts as {@code initial} of its key; {@code bean} names the owner of the texts. */
  Texts(Object bean, Class<K> keys, Function<K, String> initial) {
    texts = new EnumMap<>(keys);
    for (K key : keys.getEnumConstants()) {
      texts.put(key, new ReadOnlyStringWrapper(bean, key.name(), initial.apply(key)));
    }
  }

  ReadOnlyStringProperty property(K key) {
    return texts.get(key).getReadOnlyProperty();
  }

  void set(K key, String value) {
    texts.get(key).set(value);
  }
}
