package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTypeTest {

  @ParameterizedTest
  @EnumSource(EventType.class)
  void findsEveryTypeByItsWireName(EventType type) {
    assertThat(EventType.fromWireName(type.wireName())).contains(type);
  }

  @Test
  void wireNamesAreTheOnesOfTheEnvelope() {
    assertThat(EventType.fromWireName("new_album")).contains(EventType.NEW_ALBUM);
    assertThat(EventType.fromWireName("new_single_song")).contains(EventType.NEW_SINGLE_SONG);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "NEW_ALBUM", "new_album ", "new_single", "unknown"})
  void findsNoTypeForAnyOtherName(String name) {
    assertThat(EventType.fromWireName(name)).isEmpty();
  }
}
