package org.musicmuseum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseResultTest {

  private static final ParseResult<String> VALID = new ParseResult.Valid<>("abc");
  private static final ParseResult<String> INVALID = ParseResult.invalid("name", "is missing");
  private static final List<Violation> WHY = List.of(new Violation("name", "is missing"));

  @Test
  void aValidResultHasNoViolationsAndAnInvalidOneKeepsThem() {
    assertThat(VALID.violations()).isEmpty();
    assertThat(INVALID.violations()).isEqualTo(WHY);
  }

  @Test
  void mapChangesTheValueAndKeepsTheViolations() {
    assertThat(VALID.map(String::length)).isEqualTo(new ParseResult.Valid<>(3));
    assertThat(INVALID.map(String::length)).isEqualTo(new ParseResult.Invalid<Integer>(WHY));
  }

  @Test
  void flatMapChainsAValidResultOnlyIntoTheNextStep() {
    ParseResult<Integer> refused = VALID.flatMap(s -> ParseResult.invalid("size", "is odd"));
    assertThat(refused.violations()).containsExactly(new Violation("size", "is odd"));
    assertThat(VALID.flatMap(s -> new ParseResult.Valid<>(s + "!")))
        .isEqualTo(new ParseResult.Valid<>("abc!"));
    assertThat(INVALID.<Integer>flatMap(s -> new ParseResult.Valid<>(1)).violations())
        .isEqualTo(WHY);
  }

  @Test
  void foldTakesTheBranchOfTheResult() {
    String valid = VALID.fold(v -> "refused", String::toUpperCase);
    String invalid = INVALID.fold(v -> v.get(0).field(), String::toUpperCase);
    assertThat(valid).isEqualTo("ABC");
    assertThat(invalid).isEqualTo("name");
  }

  @Test
  void orElseThrowGivesTheValueOrTheRefusalOfTheViolations() {
    assertThat(VALID.orElseThrow(v -> new IllegalArgumentException())).isEqualTo("abc");
    assertThatThrownBy(() -> INVALID.orElseThrow(v -> new IllegalStateException(v.toString())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is missing");
  }
}
