package org.musicmuseum.kit.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.Config;

/**
 * Who may call a service: reads (GET, HEAD) need {@code museum.security.read-role} and every other
 * method but OPTIONS (CORS preflight) needs {@code museum.security.write-role}, each only when it
 * is set. Unset means open, which is the local profile; the production profile ({@code
 * liberty-config/security-jwt.xml}) sets the write role and may set the read role.
 *
 * @param writeRole the role a write needs, if writes are protected
 * @param readRole the role a read needs, if reads are protected
 */
public record AccessPolicy(Optional<String> writeRole, Optional<String> readRole) {

  public static final String PROFILE = "security.profile";
  public static final String WRITE_ROLE = "museum.security.write-role";
  public static final String READ_ROLE = "museum.security.read-role";
  public static final String READ_ACCESS = "museum.security.read-access";

  /** Nothing needs a credential. */
  public static final AccessPolicy OPEN = new AccessPolicy(Optional.empty(), Optional.empty());

  private static final Set<String> READS = Set.of("GET", "HEAD");

  /** What happens to one request. */
  public enum Decision {
    ALLOW,
    /** No credential, or one the server did not accept: 401. */
    UNAUTHENTICATED,
    /** A valid credential without the role: 403. */
    FORBIDDEN
  }

  public AccessPolicy {
    writeRole = writeRole.map(String::strip).filter(role -> !role.isEmpty());
    readRole = readRole.map(String::strip).filter(role -> !role.isEmpty());
  }

  /**
   * The policy MicroProfile Config describes (server.xml variables and environment included). The
   * profile {@code open} (default) protects nothing; {@code jwt} must come with a write role (its
   * server.xml fragment sets one), so a profile whose fragment did not load fails to start instead
   * of running open.
   *
   * @throws IllegalStateException for an unknown profile, or {@code jwt} without a write role
   */
  public static AccessPolicy from(Config config) {
    String profile = config.getOptionalValue(PROFILE, String.class).orElse("open").strip();
    switch (profile) {
      case "open" -> {
        return OPEN;
      }
      case "jwt" -> {
        AccessPolicy policy =
            new AccessPolicy(
                config.getOptionalValue(WRITE_ROLE, String.class),
                config.getOptionalValue(READ_ROLE, String.class));
        if (policy.writeRole().isEmpty()) {
          throw new IllegalStateException(
              "security profile jwt without "
                  + WRITE_ROLE
                  + ": liberty-config/security-jwt.xml was not loaded; refusing to run open");
        }
        String readAccess = config.getOptionalValue(READ_ACCESS, String.class).orElse("EVERYONE");
        if (policy.readRole().isPresent()
            && !"ALL_AUTHENTICATED_USERS".equals(readAccess.strip())) {
          throw new IllegalStateException(
              READ_ROLE
                  + " is set but reads are public ("
                  + READ_ACCESS
                  + "="
                  + readAccess
                  + "): set MUSEUM_SECURITY_READ_ACCESS=ALL_AUTHENTICATED_USERS");
        }
        return policy;
      }
      default ->
          throw new IllegalStateException(
              "unknown security profile '" + profile + "' (SECURITY_PROFILE): use open or jwt");
    }
  }

  /** True when no request needs a credential. */
  public boolean open() {
    return writeRole.isEmpty() && readRole.isEmpty();
  }

  /**
   * @param method the HTTP method
   * @param authenticated whether the container authenticated the caller
   * @param hasRole whether the authenticated caller is in a role
   */
  public Decision decide(String method, boolean authenticated, Predicate<String> hasRole) {
    Optional<String> needed = roleFor(method.toUpperCase(Locale.ROOT));
    if (needed.isEmpty()) {
      return Decision.ALLOW;
    }
    if (!authenticated) {
      return Decision.UNAUTHENTICATED;
    }
    return hasRole.test(needed.get()) ? Decision.ALLOW : Decision.FORBIDDEN;
  }

  private Optional<String> roleFor(String method) {
    if ("OPTIONS".equals(method)) {
      return Optional.empty();
    }
    return READS.contains(method) ? readRole : writeRole;
  }
}
