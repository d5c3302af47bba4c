package org.musicmuseum.storage.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.musicmuseum.events.Positions;
import org.musicmuseum.events.Violation;

class QueryParamsTest {

  @Test
  void readsInstantsWithZoneOffsetOrAsUtc() {
    List<Violation> violations = new ArrayList<>();
    assertThat(QueryParams.instant("t", "2026-11-25T10:15:30Z", violations))
        .contains(Instant.parse("2026-11-25T10:15:30Z"));
    assertThat(QueryParams.instant("t", "2026-11-25T12:15:30+02:00", violations))
        .contains(Instant.parse("2026-11-25T10:15:30Z"));
    assertThat(QueryParams.instant("t", "2026-11-25T10:15:30.5", violations))
        .contains(Instant.parse("2026-11-25T10:15:30.5Z"));
    assertThat(QueryParams.instant("t", null, violations)).isEmpty();
    assertThat(violations).isEmpty();
  }

  @Test
  void namesEachBadParameter() {
    List<Violation> violations = new ArrayList<>();
    QueryParams.instant("timestamp", "yesterday", violations);
    assertThat(QueryParams.number("limit", "0", 1, 1000, 100, violations)).isEqualTo(100);
    assertThat(QueryParams.number("cursor", "abc", 0, Long.MAX_VALUE, 0, violations)).isZero();
    assertThat(QueryParams.number("limit", "50", 1, 1000, 100, violations)).isEqualTo(50);
    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly("timestamp", "limit", "cursor");
  }

  @Test
  void readsTheOrderAndTheCursorOfKafkaOrder() {
    List<Violation> violations = new ArrayList<>();
    assertThat(QueryParams.order(null, violations)).isFalse();
    assertThat(QueryParams.order("id", violations)).isFalse();
    assertThat(QueryParams.order("offset", violations)).isTrue();
    assertThat(QueryParams.positions("1:5,0:2", violations).text()).isEqualTo("0:2,1:5");
    assertThat(QueryParams.positions(null, violations)).isEqualTo(Positions.start());
    assertThat(violations).isEmpty();
    QueryParams.order("random", violations);
    QueryParams.positions("0:5,0:6", violations);
    assertThat(violations).extracting(Violation::field).containsExactly("order", "cursor");
  }
}
