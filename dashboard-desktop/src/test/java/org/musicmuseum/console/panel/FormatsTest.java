package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"0 | 0", "999 | 999", "1000 | 1,000", "12345 | 12,345", "1234567 | 1,234,567"})
  void countsAreGroupedByThousands(long n, String shown) {
    assertThat(Formats.count(n)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "562.5 | 562.5 s",
        "3 | 3 s",
        "0.123 | 0.123 s",
        "0 | 0 s",
        "10 | 10 s",
        "100.25 | 100.25 s",
        "1.23456 | 1.235 s"
      })
  void secondsHaveUpToThreeDecimalsAndNoneWhenWhole(double value, String shown) {
    assertThat(Formats.seconds(value)).isEqualTo(shown);
  }

  @Test
  void durationsAreShownInSeconds() {
    assertThat(Formats.seconds(Duration.ofSeconds(5))).isEqualTo("5 s");
    assertThat(Formats.seconds(Duration.ofMillis(1500))).isEqualTo("1.5 s");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | ''",
        "59.9 | ''",
        "60 | 1 min 0 s",
        "562.5 | 9 min 22.5 s",
        "3599 | 59 min 59 s",
        "3600 | 1 h 0 min 0 s",
        "3725.25 | 1 h 2 min 5.25 s"
      })
  void minutesAreEmptyUnderAMinuteAndAddHoursWhenLong(double value, String shown) {
    assertThat(Formats.minutes(value)).isEqualTo(shown);
  }

  @Test
  void minutesOfNotANumberAreEmpty() {
    assertThat(Formats.minutes(Double.NaN)).isEmpty();
  }

  @Test
  void theMinuteOfDayIsLocal() {
    ZoneId zone = ZoneId.systemDefault();
    Instant minute = LocalDateTime.of(2024, 5, 1, 9, 7).atZone(zone).toInstant();

    assertThat(Formats.minuteOfDay(minute)).isEqualTo("09:07");
  }

  @Test
  void aTimeOfTodayIsShownWithoutTheDate() {
    ZoneId zone = ZoneId.systemDefault();
    Instant noon = LocalDate.now(zone).atTime(12, 34, 56).atZone(zone).toInstant();

    assertThat(Formats.time(noon)).isEqualTo("12:34:56");
  }

  @Test
  void aTimeOfAnotherDayIsShownWithTheDate() {
    ZoneId zone = ZoneId.systemDefault();
    Instant then = LocalDateTime.of(2020, 3, 7, 8, 9, 10).atZone(zone).toInstant();

    assertThat(Formats.time(then)).matches("7 \\S+ 08:09:10");
  }

  @Test
  void anAbsentTimeIsADash() {
    assertThat(Formats.time(Optional.empty())).isEqualTo("–");
  }
}
