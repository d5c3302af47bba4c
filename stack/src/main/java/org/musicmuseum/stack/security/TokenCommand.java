package org.musicmuseum.stack.security;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code museum token [--role R]... [--subject S] [--ttl 1h] [--key FILE]}: prints a signed token
 * for the production profile (SECURITY_PROFILE=jwt). The default key is the local stack's ({@code
 * .museum/jwt/private-key.pem}, made by {@code museum up} in that profile); JWT_ISSUER and
 * JWT_AUDIENCES must match the services'.
 */
public final class TokenCommand {

  public static final String USAGE =
      "usage: museum token [--role ROLE]... [--subject NAME] [--ttl 1h|30m|7d] [--key PRIVATE_KEY.pem]";

  private static final Pattern TTL = Pattern.compile("([1-9][0-9]{0,5})([smhd])");

  private final Map<String, String> env;
  private final Path defaultKey;

  public TokenCommand(Map<String, String> env, Path defaultKey) {
    this.env = Map.copyOf(env);
    this.defaultKey = defaultKey;
  }

  /** Prints the token on {@code out}; returns the exit code. */
  public int run(List<String> args, PrintStream out) {
    List<String> roles = new ArrayList<>();
    String subject = env.getOrDefault("USER", "operator");
    Duration ttl = Duration.ofHours(1);
    Path key = defaultKey;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      String value = valueOf(args, i++, option);
      switch (option) {
        case "--role" -> roles.add(value);
        case "--subject" -> subject = value;
        case "--ttl" -> ttl = ttl(value);
        case "--key" -> key = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
      }
    }
    if (!Files.isRegularFile(key)) {
      throw new IllegalArgumentException(
          "no signing key at "
              + key
              + "; start the stack once with SECURITY_PROFILE=jwt ./museum up, or give --key");
    }
    TokenIssuer issuer =
        new TokenIssuer(
            env.getOrDefault("JWT_ISSUER", TokenIssuer.DEFAULT_ISSUER),
            firstAudience(),
            JwtKeys.readPrivateKey(key));
    out.println(
        issuer.issue(subject, roles.isEmpty() ? List.of("writer") : roles, Instant.now(), ttl));
    return 0;
  }

  private String firstAudience() {
    return Optional.ofNullable(env.get("JWT_AUDIENCES"))
        .map(value -> value.split(",")[0].strip())
        .filter(value -> !value.isEmpty())
        .orElse(TokenIssuer.DEFAULT_AUDIENCE);
  }

  private static String valueOf(List<String> args, int index, String option) {
    if (index + 1 >= args.size() || args.get(index + 1).isBlank()) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args.get(index + 1);
  }

  static Duration ttl(String value) {
    Matcher m = TTL.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--ttl " + value + ": a whole number with s, m, h or d is needed, e.g. 30m or 8h");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
