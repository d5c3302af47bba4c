package org.musicmuseum.kit.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a Content-Type header: a type/subtype with parameters, and UTF-8 if it names a charset.
 */
public final class ContentTypes {

  private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
  private static final Pattern MEDIA_TYPE = Pattern.compile(TOKEN + "/" + TOKEN);
  private static final Pattern PARAMETER =
      Pattern.compile("(" + TOKEN + ")=(" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\")");

  private ContentTypes() {}

  /** What is wrong with the header's value, if anything; no header is fine. */
  /** What nearly every client sends: answered without parsing. */
  private static final Set<String> WELL_FORMED =
      Set.of(
          "application/json",
          "application/json; charset=UTF-8",
          "application/json;charset=UTF-8",
          "application/json; charset=utf-8",
          "application/json;charset=utf-8",
          "application/x-ndjson");

  public static Optional<String> problemWith(String contentType) {
    if (contentType == null || WELL_FORMED.contains(contentType)) {
      return Optional.empty();
    }
    String[] parts = contentType.split(";", -1);
    if (!MEDIA_TYPE.matcher(parts[0].strip()).matches()) {
      return Optional.of("The Content-Type header is not a media type; send application/json.");
    }
    for (int i = 1; i < parts.length; i++) {
      var parameter = PARAMETER.matcher(parts[i].strip());
      if (!parameter.matches()) {
        return Optional.of("The Content-Type header has a malformed parameter.");
      }
      if (parameter.group(1).equalsIgnoreCase("charset")
          && !unquoted(parameter.group(2)).toLowerCase(Locale.ROOT).matches("utf-?8")) {
        return Optional.of("Bodies are read as UTF-8; send charset=utf-8 or no charset.");
      }
    }
    return Optional.empty();
  }

  private static String unquoted(String value) {
    return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }
}
