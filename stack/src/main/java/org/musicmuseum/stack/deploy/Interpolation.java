package org.musicmuseum.stack.deploy;

import java.util.Map;

/**
 * Compose's variable substitution: {@code $$} is a literal {@code $}; {@code ${NAME}} and {@code
 * $NAME} the variable (empty when unset); {@code ${NAME:-default}} the default when unset or empty,
 * {@code ${NAME-default}} only when unset; {@code ${NAME:?message}} and {@code ${NAME?message}}
 * refuse to go on without it. Defaults may hold substitutions of their own.
 */
final class Interpolation {

  private final Map<String, String> variables;

  Interpolation(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  String apply(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (text.charAt(i + 1) == '{') {
        int end = closingBrace(text, i + 2);
        out.append(expression(text.substring(i + 2, end)));
        i = end + 1;
      } else {
        int end = i + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        if (end == i + 1) {
          out.append(c);
          i++;
        } else {
          out.append(variables.getOrDefault(text.substring(i + 1, end), ""));
          i = end;
        }
      }
    }
    return out.toString();
  }

  private String expression(String body) {
    int end = 0;
    while (end < body.length() && isNameChar(body.charAt(end))) {
      end++;
    }
    String name = body.substring(0, end);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("invalid substitution ${" + body + "}");
    }
    String value = variables.get(name);
    String rest = body.substring(end);
    if (rest.isEmpty()) {
      return value == null ? "" : value;
    }
    boolean colon = rest.startsWith(":");
    String op = colon ? rest.substring(1) : rest;
    boolean missing = value == null || (colon && value.isEmpty());
    if (op.startsWith("-")) {
      return missing ? apply(op.substring(1)) : value;
    }
    if (op.startsWith("?")) {
      if (missing) {
        String message = op.substring(1);
        throw new IllegalArgumentException(
            name + " is not set" + (message.isEmpty() ? "" : ": " + message));
      }
      return value;
    }
    throw new IllegalArgumentException("invalid substitution ${" + body + "}");
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed ${ in '" + text + "'");
  }

  private static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
