package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.musicmuseum.system.deploy.NginxConfig.Directive;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files the deploy tests check, read once: the repository root, Dockerfile.liberty,
 * deploy/compose.yaml, deploy/nginx.conf, the root pom.xml (properties and modules) and every
 * module it lists. The tests read files only; the WARs and the JDBC driver must have been built
 * (the reactor packages every WAR before this module's tests).
 */
final class DeployFiles {

  static final String DOCKERFILE = "Dockerfile.liberty";

  static final Pattern JDBC_MYSQL =
      Pattern.compile("^jdbc:mysql://([^/:]+)(?::(\\d+))?/([^?]+).*$");

  private static DeployFiles loaded;

  final Path root;
  final DockerfileModel dockerfile;
  final Map<String, Object> compose;
  final Map<String, Map<String, Object>> services = new LinkedHashMap<>();
  final List<Directive> nginx;
  final Map<String, String> rootProperties = new LinkedHashMap<>();
  final List<String> rootModules = new ArrayList<>();
  final Map<String, LibertyModule> modules = new LinkedHashMap<>();

  private DeployFiles() throws Exception {
    root = projectRoot();
    dockerfile = DockerfileModel.parse(root.resolve(DOCKERFILE));
    try (Reader in = Files.newBufferedReader(root.resolve("deploy/compose.yaml"))) {
      compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    map(compose.get("services")).forEach((name, value) -> services.put(name, map(value)));
    nginx = NginxConfig.parse(Files.readString(root.resolve("deploy/nginx.conf")));
    readRootPom();
    for (String module : rootModules) {
      modules.put(module, LibertyModule.load(root, module));
    }
  }

  /** The files, read on first use (the tests only read them). */
  static synchronized DeployFiles load() {
    if (loaded == null) {
      try {
        loaded = new DeployFiles();
      } catch (Exception e) {
        throw new IllegalStateException("cannot read the deployment files", e);
      }
    }
    return loaded;
  }

  /** A file of the repository as text, by its path from the root. */
  String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  static void assertNoProblems(List<String> problems) {
    assertThat(problems)
        .withFailMessage(
            () -> problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems))
        .isEmpty();
  }

  private static Path projectRoot() {
    String configured = System.getProperty("museum.root");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve(DOCKERFILE))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the project root (no " + DOCKERFILE + ")");
    }
    return dir;
  }

  private void readRootPom() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element project;
    try (var in = Files.newInputStream(root.resolve("pom.xml"))) {
      project = factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element section)) {
        continue;
      }
      NodeList entries = section.getChildNodes();
      for (int j = 0; j < entries.getLength(); j++) {
        Node entry = entries.item(j);
        if (!(entry instanceof Element e)) {
          continue;
        }
        if (section.getTagName().equals("properties")) {
          rootProperties.put(e.getTagName(), e.getTextContent().strip());
        } else if (section.getTagName().equals("modules")) {
          rootModules.add(e.getTextContent().strip());
        }
      }
    }
  }

  /** Services built from Dockerfile.liberty, in file order, with their build arguments. */
  Map<String, Map<String, String>> libertyServices() {
    Map<String, Map<String, String>> result = new LinkedHashMap<>();
    services.forEach(
        (name, svc) -> {
          Map<String, Object> build = map(svc.get("build"));
          if (DOCKERFILE.equals(build.get("dockerfile"))) {
            Map<String, String> args = new LinkedHashMap<>();
            map(build.get("args")).forEach((k, v) -> args.put(k, String.valueOf(v)));
            result.put(name, args);
          }
        });
    return result;
  }

  /** A service's environment as strings (map or list form). */
  Map<String, String> environment(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    Object raw = services.getOrDefault(service, Map.of()).get("environment");
    if (raw instanceof Map<?, ?> m) {
      m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    } else {
      for (Object item : list(raw)) {
        String[] kv = String.valueOf(item).split("=", 2);
        env.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return env;
  }

  /** The module a Liberty service runs, or null when {@code service} is none. */
  LibertyModule moduleOf(String service, Map<String, Map<String, String>> liberty) {
    Map<String, String> args = liberty.get(service);
    return args == null ? null : modules.get(args.get("MODULE"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }
}
