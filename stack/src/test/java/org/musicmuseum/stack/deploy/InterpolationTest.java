package org.musicmuseum.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {

  private final Interpolation vars =
      new Interpolation(Map.of("PORT", "9000", "EMPTY", "", "NAME", "museum"));

  @Test
  void substitutesBracedAndBareVariables() {
    assertThat(vars.apply("127.0.0.1:${PORT}/$NAME")).isEqualTo("127.0.0.1:9000/museum");
  }

  @Test
  void aDoubleDollarIsALiteralDollar() {
    assertThat(vars.apply("MYSQL_PWD=\"$$MYSQL_PASSWORD\" $${PORT}"))
        .isEqualTo("MYSQL_PWD=\"$MYSQL_PASSWORD\" ${PORT}");
  }

  @Test
  void colonDashDefaultsWhenUnsetOrEmptyDashOnlyWhenUnset() {
    assertThat(vars.apply("${MISSING:-8080} ${EMPTY:-x} ${EMPTY-x} ${MISSING-y}"))
        .isEqualTo("8080 x  y");
  }

  @Test
  void defaultsMayHoldSubstitutions() {
    assertThat(vars.apply("${MISSING:-http://127.0.0.1:${PORT}}"))
        .isEqualTo("http://127.0.0.1:9000");
  }

  @Test
  void questionMarkRefusesAMissingVariableWithItsMessage() {
    assertThatThrownBy(() -> vars.apply("${MYSQL_PASSWORD:?set MYSQL_PASSWORD}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MYSQL_PASSWORD is not set: set MYSQL_PASSWORD");
    assertThatThrownBy(() -> vars.apply("${EMPTY:?needed}")).hasMessageContaining("EMPTY");
    assertThat(vars.apply("${EMPTY?needed}")).isEmpty();
  }

  @Test
  void anUnclosedOrNamelessSubstitutionIsAnError() {
    assertThatThrownBy(() -> vars.apply("${PORT")).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> vars.apply("${:-x}")).hasMessageContaining("invalid");
  }

  @Test
  void anUnsetVariableWithoutDefaultIsEmptyAndALoneDollarStays() {
    assertThat(vars.apply("a${MISSING}b $ c$")).isEqualTo("ab $ c$");
  }
}
