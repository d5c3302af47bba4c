package org.musicmuseum.system.deploy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.musicmuseum.system.deploy.KubernetesChecks.Target;

/**
 * Checks the environment of each container that runs a compose image: it gets every variable
 * compose gives that image's services, by the same name, with compose's value (its default), except
 * where the value must differ. A value compose requires from its environment comes from its Secret;
 * a value that differs between compose's replicas (receiver-1, receiver-2) is the pod's name;
 * addresses name the Services here (KubernetesAddressChecks); a site's own settings (its origin,
 * the key's path) are its own. A Liberty container gets no variable but those its module reads; a
 * container of another image (MySQL) gets compose's command as its args.
 */
final class KubernetesEnvironmentChecks {

  /** A site's own settings: the origin its users see, where its JWT key is mounted. */
  static final Set<String> SITE_SETTINGS =
      Set.of("CORS_ALLOWED_ORIGINS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

  /** Compose's {@code ${VAR:?message}}: a value compose requires from its environment. */
  static final Pattern REQUIRED = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?[^}]*}$");

  private static final Pattern DEFAULTED =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)}");
  private static final Pattern ADDRESS = Pattern.compile("^[a-z][a-z0-9+.:-]*://.*");

  private KubernetesEnvironmentChecks() {}

  static void check(KubernetesChecks c) {
    for (Target t : c.targets.values()) {
      String at = c.at(t);
      Map<String, ContainerEnv.Value> env = ContainerEnv.of(c.k8s, t.container(), at, c::add);
      Map<String, Set<String>> compose = composeEnvironment(c.files, t.composeServices());
      compose.forEach((name, values) -> checkVariable(c, t, name, values, env.get(name)));
      String first = t.composeServices().get(0);
      LibertyModule module = c.files.moduleOf(first, c.files.libertyServices());
      for (String name : env.keySet()) {
        if (!compose.containsKey(name)
            && (module == null || !module.environmentNames().contains(name))) {
          c.add(
              "%s: env %s is set, but compose gives %s no such variable%s.",
              at,
              name,
              t.composeServices(),
              module == null ? "" : " and " + module.name + " reads none");
        }
      }
      List<String> command =
          DeployFiles.list(c.files.services.get(first).get("command")).stream()
              .map(String::valueOf)
              .toList();
      if (module == null && !command.isEmpty() && !command.equals(t.container().getArgs())) {
        c.add(
            "%s: args are %s, but compose runs %s with the command %s.",
            at, t.container().getArgs(), t.composeServices(), command);
      }
    }
  }

  private static void checkVariable(
      KubernetesChecks c, Target t, String name, Set<String> values, ContainerEnv.Value here) {
    String var = c.at(t) + ": env " + name;
    if (here == null) {
      c.add("%s is missing; compose gives it to %s (%s).", var, t.composeServices(), values);
      return;
    }
    if (SITE_SETTINGS.contains(name)) {
      return;
    }
    String value = values.iterator().next();
    Matcher required = REQUIRED.matcher(value);
    if (required.matches()) {
      String expected = KubernetesSecretChecks.SECRET_OF.getOrDefault(required.group(1), "?");
      if (!expected.equals(here.secret() + "/" + here.secretKey())) {
        c.add(
            "%s is %s; compose requires it from %s, which is the Secret key %s here.",
            var, here.describe(), required.group(1), expected);
      }
    } else if (values.size() > 1) {
      if (!"metadata.name".equals(here.field())) {
        c.add(
            "%s is %s, but compose's replicas differ in it %s: it must be the pod's name (fieldRef metadata.name).",
            var, here.describe(), values);
      }
    } else if (name.equals("KAFKA_BOOTSTRAP_SERVERS") || ADDRESS.matcher(value).matches()) {
      KubernetesAddressChecks.check(c, var, name, value, here);
    } else if (!value.equals(here.value())) {
      c.add(
          "%s is %s, but compose gives %s '%s'.", var, here.describe(), t.composeServices(), value);
    }
  }

  /** The variables of compose's services, each with its values there, defaults resolved. */
  static Map<String, Set<String>> composeEnvironment(DeployFiles files, List<String> services) {
    Map<String, Set<String>> env = new LinkedHashMap<>();
    for (String svc : services) {
      files
          .environment(svc)
          .forEach(
              (name, value) ->
                  env.computeIfAbsent(name, n -> new LinkedHashSet<>())
                      .add(resolveDefaults(value)));
    }
    return env;
  }

  /** {@code ${X:-default}} becomes its default; anything else stays as written. */
  static String resolveDefaults(String value) {
    return DEFAULTED.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }
}
