package org.musicmuseum.console.panel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How figures and times are shown: fixed locale for numbers, the local time zone for times. */
public final class Formats {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("d MMM HH:mm:ss");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private Formats() {}

  /** 12345 → {@code 12,345}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** 562.5 → {@code 562.5 s}; up to three decimals, none when whole. */
  public static String seconds(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("\\.?0+$", "");
    return text + " s";
  }

  public static String seconds(Duration d) {
    return seconds(d.toMillis() / 1000.0);
  }

  /** 12.345 → {@code 12.3 /s}: one decimal. */
  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.1f /s", perSecond);
  }

  /** How long a hop took: {@code 850 ms} under a second, else {@link #seconds(double)}. */
  public static String millis(long ms) {
    return ms < 1000 ? ms + " ms" : seconds(ms / 1000.0);
  }

  /** 562.5 → {@code 9 min 22.5 s}; empty under a minute. */
  public static String minutes(double value) {
    if (!(value >= 60)) {
      return "";
    }
    long whole = (long) value;
    String rest = seconds(value % 60);
    long hours = whole / 3600;
    long minutes = whole % 3600 / 60;
    return hours > 0 ? hours + " h " + minutes + " min " + rest : minutes + " min " + rest;
  }

  /** A time of day in the local zone, with the date when it is not today. */
  public static String time(Instant instant) {
    ZonedDateTime local = instant.atZone(ZoneId.systemDefault());
    boolean today = local.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault()));
    return (today ? CLOCK : DAY_CLOCK).format(local);
  }

  /** {@link #time(Instant)}, or a dash when absent. */
  public static String time(Optional<Instant> instant) {
    return instant.map(Formats::time).orElse("–");
  }

  /** The local {@code HH:mm} of a minute. */
  public static String minuteOfDay(Instant minute) {
    return MINUTE.format(minute.atZone(ZoneId.systemDefault()));
  }
}
