package org.musicmuseum.system.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An nginx configuration as a tree of directives: words, quoted strings, {@code ;} and blocks
 * ({@code { … }}), comments dropped. Enough to ask which location goes to which upstream; nginx
 * itself ({@code nginx -t}) is the judge of the syntax.
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
