package org.musicmuseum.system.deploy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of a Dockerfile that the deploy tests check: instructions with their line numbers,
 * build arguments and their substitution, COPY sources and destinations, and what .dockerignore
 * keeps out of the build context. Only what Dockerfile.liberty uses is understood (one stage, shell
 * or JSON form, line continuations).
 */
final class DockerfileModel {

  /** One instruction; {@code line} is where it starts (1-based). */
  record Instruction(int line, String keyword, String arguments) {}

  /** A COPY with its flags (--chown=…), sources and destination, arguments substituted. */
  record Copy(int line, Map<String, String> flags, List<String> sources, String destination) {}

  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

  private final List<Instruction> instructions;

  private DockerfileModel(List<Instruction> instructions) {
    this.instructions = List.copyOf(instructions);
  }

  static DockerfileModel parse(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<Instruction> result = new ArrayList<>();
    StringBuilder current = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (current == null && trimmed.isEmpty())) {
        continue; // comments, also inside a continued instruction, and blank lines
      }
      if (current == null) {
        current = new StringBuilder();
        start = i + 1;
      }
      boolean continues = trimmed.endsWith("\\");
      current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
      if (!continues) {
        result.add(instruction(start, current.toString().strip()));
        current = null;
      }
    }
    if (current != null) {
      result.add(instruction(start, current.toString().strip()));
    }
    return new DockerfileModel(result);
  }

  private static Instruction instruction(int line, String text) {
    String[] parts = text.split("\\s+", 2);
    return new Instruction(
        line, parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
  }

  List<Instruction> instructions() {
    return instructions;
  }

  List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  Optional<Instruction> last(String keyword) {
    List<Instruction> found = all(keyword);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  private int firstFromIndex() {
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).keyword().equals("FROM")) {
        return i;
      }
    }
    return instructions.size();
  }

  /** ARGs declared before FROM (usable in FROM), with their defaults ("" when none). */
  Map<String, String> globalArgs() {
    return args(instructions.subList(0, firstFromIndex()));
  }

  /** ARGs declared after FROM (usable in the build steps), with their defaults. */
  Map<String, String> stageArgs() {
    int from = firstFromIndex();
    return args(instructions.subList(Math.min(from + 1, instructions.size()), instructions.size()));
  }

  private static Map<String, String> args(List<Instruction> part) {
    Map<String, String> args = new LinkedHashMap<>();
    for (Instruction i : part) {
      if (i.keyword().equals("ARG")) {
        String[] nameValue = i.arguments().split("=", 2);
        args.put(nameValue[0].strip(), nameValue.length > 1 ? unquote(nameValue[1].strip()) : "");
      }
    }
    return args;
  }

  /** The image of the (first) FROM, global ARGs resolved from their defaults and overrides. */
  String fromImage(Map<String, String> buildArgs) {
    // An ARG's default may use the ARGs before it (BASE_IMAGE=...:${OPENLIBERTY_VERSION}-...).
    Map<String, String> values = new LinkedHashMap<>();
    effective(globalArgs(), buildArgs)
        .forEach((name, value) -> values.put(name, substitute(value, values)));
    return last("FROM").map(i -> substitute(i.arguments().split("\\s+")[0], values)).orElse("");
  }

  /** Every COPY, its build arguments substituted (defaults, then {@code buildArgs}). */
  List<Copy> copies(Map<String, String> buildArgs) {
    Map<String, String> values = effective(stageArgs(), buildArgs);
    List<Copy> copies = new ArrayList<>();
    for (Instruction i : all("COPY")) {
      List<String> words = words(i.arguments());
      Map<String, String> flags = new LinkedHashMap<>();
      while (!words.isEmpty() && words.get(0).startsWith("--")) {
        String[] flag = words.remove(0).substring(2).split("=", 2);
        flags.put(flag[0], flag.length > 1 ? flag[1] : "");
      }
      List<String> paths = words.stream().map(w -> substitute(w, values)).toList();
      if (paths.isEmpty()) {
        copies.add(new Copy(i.line(), flags, List.of(), ""));
      } else {
        copies.add(
            new Copy(
                i.line(), flags, paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1)));
      }
    }
    return copies;
  }

  private static Map<String, String> effective(
      Map<String, String> defaults, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    overrides.forEach(
        (name, value) -> {
          if (values.containsKey(name)) {
            values.put(name, value);
          }
        });
    return values;
  }

  /** The words of an instruction: a JSON array, or whitespace-separated (flags first). */
  private static List<String> words(String arguments) {
    List<String> words = new ArrayList<>();
    String rest = arguments.strip();
    while (rest.startsWith("--")) {
      String[] split = rest.split("\\s+", 2);
      words.add(split[0]);
      rest = split.length > 1 ? split[1].strip() : "";
    }
    if (rest.startsWith("[")) {
      try (JsonReader reader = Json.createReader(new StringReader(rest))) {
        JsonArray array = reader.readArray();
        array.getValuesAs(JsonString.class).forEach(s -> words.add(s.getString()));
      }
    } else if (!rest.isEmpty()) {
      words.addAll(Stream.of(rest.split("\\s+")).map(DockerfileModel::unquote).toList());
    }
    return words;
  }

  /** Replaces $NAME and ${NAME} (also ${NAME:-default}, ${NAME:+value}) from {@code values}. */
  static String substitute(String text, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(4);
      String value = values.get(name);
      String replacement;
      if ("-".equals(m.group(2))) {
        replacement = value == null || value.isEmpty() ? m.group(3) : value;
      } else if ("+".equals(m.group(2))) {
        replacement = value == null || value.isEmpty() ? "" : m.group(3);
      } else {
        replacement = value == null ? m.group() : value;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** The files of the build context {@code context} that a COPY source (maybe a glob) names. */
  static List<Path> contextFiles(Path context, String source) throws IOException {
    String clean = source.startsWith("/") ? source.substring(1) : source;
    if (!clean.contains("*") && !clean.contains("?") && !clean.contains("[")) {
      Path path = context.resolve(clean);
      return Files.exists(path) ? List.of(path) : List.of();
    }
    int wildcard = clean.indexOf('*');
    for (char c : new char[] {'?', '['}) {
      int at = clean.indexOf(c);
      if (at >= 0 && (wildcard < 0 || at < wildcard)) {
        wildcard = at;
      }
    }
    String fixed = clean.substring(0, wildcard);
    Path base =
        context.resolve(fixed.contains("/") ? fixed.substring(0, fixed.lastIndexOf('/')) : "");
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + clean);
    try (Stream<Path> files = Files.walk(base)) {
      return files.filter(f -> matcher.matches(context.relativize(f))).toList();
    }
  }

  /** The patterns of {@code context}/.dockerignore, without comments and blank lines. */
  static List<String> dockerignore(Path context) throws IOException {
    Path file = context.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /**
   * Whether Docker would leave {@code relative} out of the context: the last pattern that matches
   * the path or one of its parent directories decides; "!" patterns take a path back in.
   */
  static boolean ignoredByDockerignore(List<String> patterns, String relative) {
    boolean excluded = false;
    for (String line : patterns) {
      boolean negate = line.startsWith("!");
      String pattern = (negate ? line.substring(1) : line).strip();
      pattern = pattern.startsWith("/") ? pattern.substring(1) : pattern;
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      Path path = Path.of(relative);
      boolean matches = false;
      for (Path p = path; p != null; p = p.getParent()) {
        if (matcher.matches(p)) {
          matches = true;
          break;
        }
      }
      if (matches) {
        excluded = !negate;
      }
    }
    return excluded;
  }

  @Override
  public String toString() {
    return instructions.stream().map(Instruction::toString).collect(Collectors.joining("\n"));
  }
}
