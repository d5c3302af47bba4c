package org.musicmuseum.system.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An nginx configuration as a tree of directives: words, quoted strings, {@code ;} and blocks
 * ({@code { … }}), comments dropped. Enough to ask which location goes to which upstream; nginx
 * itself ({@code nginx -t}) is the judge of the syntax. Also the questions the deploy tests ask of
 * the gateway's configuration: its http block, upstreams, server and locations, sizes and times.
 */
final class NginxConfig {

  /** A directive; {@code block} is null for a simple directive ({@code name args;}). */
  record Directive(String name, List<String> args, List<Directive> block, int line) {

    String arg(int index) {
      return index < args.size() ? args.get(index) : "";
    }

    List<Directive> children(String childName) {
      return block == null
          ? List.of()
          : block.stream().filter(d -> d.name().equals(childName)).toList();
    }

    Optional<Directive> child(String childName) {
      return children(childName).stream().findFirst();
    }
  }

  private final String text;
  private int pos;
  private int line = 1;

  private NginxConfig(String text) {
    this.text = text;
  }

  /** The top-level directives of {@code text}. */
  static List<Directive> parse(String text) {
    NginxConfig parser = new NginxConfig(text);
    List<Directive> top = parser.block(false);
    return top;
  }

  static Directive http(List<Directive> config) {
    return config.stream()
        .filter(d -> d.name().equals("http") && d.block() != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nginx.conf has no http block."));
  }

  /** The upstream blocks of {@code http} by name, with their server directives. */
  static Map<String, List<Directive>> upstreams(Directive http) {
    Map<String, List<Directive>> upstreams = new LinkedHashMap<>();
    for (Directive upstream : http.children("upstream")) {
      upstreams.put(upstream.arg(0), upstream.children("server"));
    }
    return upstreams;
  }

  /** The server block of the gateway (the first one that listens). */
  static Directive gatewayServer(Directive http) {
    return http.children("server").stream()
        .filter(s -> s.block() != null && !s.children("listen").isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("nginx.conf has no server block that listens."));
  }

  /** The location nginx picks for {@code path}: an exact match, else the longest prefix. */
  static Optional<Directive> locationFor(Directive server, String path) {
    Directive best = null;
    int bestLength = -1;
    for (Directive location : server.children("location")) {
      List<String> args = location.args();
      if (args.size() == 2 && args.get(0).equals("=")) {
        if (args.get(1).equals(path)) {
          return Optional.of(location);
        }
        continue;
      }
      String prefix = args.size() == 2 && args.get(0).equals("^~") ? args.get(1) : args.get(0);
      if (args.size() == 1 || args.get(0).equals("^~")) {
        if (path.startsWith(prefix) && prefix.length() > bestLength) {
          best = location;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** nginx sizes: 512, 64k, 4m, 1g. */
  static long size(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    long unit =
        switch (v.charAt(v.length() - 1)) {
          case 'k' -> 1024L;
          case 'm' -> 1024L * 1024;
          case 'g' -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    return Long.parseLong(unit == 1L ? v : v.substring(0, v.length() - 1)) * unit;
  }

  /** nginx times: 500ms, 1s, 2m, 1h (one unit). */
  static Duration duration(String value) {
    Matcher m = Pattern.compile("^(\\d+)(ms|s|m|h)?$").matcher(value);
    if (!m.matches()) {
      return Duration.ofDays(1);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2) == null ? "s" : m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }

  private List<Directive> block(boolean nested) {
    List<Directive> directives = new ArrayList<>();
    List<String> words = new ArrayList<>();
    int startLine = -1;
    while (true) {
      String token = next();
      if (token == null) {
        if (nested || !words.isEmpty()) {
          throw new IllegalArgumentException("nginx.conf ends inside a directive or block");
        }
        return directives;
      }
      switch (token) {
        case ";" -> {
          if (words.isEmpty()) {
            throw new IllegalArgumentException("empty directive at line " + line);
          }
          directives.add(
              new Directive(
                  words.get(0), List.copyOf(words.subList(1, words.size())), null, startLine));
          words.clear();
        }
        case "{" -> {
          if (words.isEmpty()) {
            throw new IllegalArgumentException("block without a name at line " + line);
          }
          int at = startLine;
          List<Directive> children = block(true);
          directives.add(
              new Directive(
                  words.get(0), List.copyOf(words.subList(1, words.size())), children, at));
          words.clear();
        }
        case "}" -> {
          if (!nested || !words.isEmpty()) {
            throw new IllegalArgumentException("unexpected } at line " + line);
          }
          return directives;
        }
        default -> {
          if (words.isEmpty()) {
            startLine = line;
          }
          words.add(token);
        }
      }
    }
  }

  /** The next token: ";", "{", "}", a word or a quoted string (unquoted), or null at the end. */
  private String next() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        break;
      }
    }
    if (pos >= text.length()) {
      return null;
    }
    char c = text.charAt(pos);
    if (c == ';' || c == '{' || c == '}') {
      pos++;
      return String.valueOf(c);
    }
    StringBuilder word = new StringBuilder();
    if (c == '"' || c == '\'') {
      pos++;
      while (pos < text.length() && text.charAt(pos) != c) {
        char d = text.charAt(pos++);
        if (d == '\\' && pos < text.length()) {
          d = text.charAt(pos++);
        }
        if (d == '\n') {
          line++;
        }
        word.append(d);
      }
      pos++; // the closing quote
      return word.toString();
    }
    while (pos < text.length()) {
      char d = text.charAt(pos);
      if (Character.isWhitespace(d) || d == ';' || d == '{' || d == '}') {
        break;
      }
      word.append(d);
      pos++;
    }
    return word.toString();
  }
}
