package org.musicmuseum.system.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What one service module declares for a deployment: its server.xml (with the liberty-config
 * fragments it includes), the MicroProfile Config keys it reads, and the WAR its pom builds.
 */
final class LibertyModule {

  static final String SHARED_CONFIG_DIR = "${shared.config.dir}/";

  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern GET_VALUE =
      Pattern.compile("get(?:Optional)?Value\\(\\s*\"([^\"]+)\"");

  final String name;
  final Path dir;
  final Path serverXml;

  /** server.xml and every fragment it includes, directly or not, in the order read. */
  final List<Path> configFiles = new ArrayList<>();

  /** Every {@code <variable name=…>} of those files, with its defaultValue (or value). */
  final Map<String, String> variables = new LinkedHashMap<>();

  /** Keys of microprofile-config.properties and the keys the sources ask for by name. */
  final Set<String> configKeys = new LinkedHashSet<>();

  final Properties mpConfig = new Properties();
  String warLocation = "";
  String contextRoot = "";
  String packaging = "jar";
  String finalName = "";

  private LibertyModule(String name, Path dir) {
    this.name = name;
    this.dir = dir;
    this.serverXml = dir.resolve("src/main/liberty/config/server.xml");
  }

  static LibertyModule load(Path root, String module) throws Exception {
    LibertyModule m = new LibertyModule(module, root.resolve(module));
    Path pom = m.dir.resolve("pom.xml");
    if (Files.isRegularFile(pom)) {
      Document doc = xml(pom);
      m.packaging = text(doc.getDocumentElement(), "packaging", "jar");
      NodeList builds = doc.getDocumentElement().getElementsByTagName("build");
      if (builds.getLength() > 0) {
        m.finalName = text((Element) builds.item(0), "finalName", "");
      }
    }
    if (Files.isRegularFile(m.serverXml)) {
      m.readServerXml(root, m.serverXml);
    }
    Path properties = m.dir.resolve("src/main/resources/META-INF/microprofile-config.properties");
    if (Files.isRegularFile(properties)) {
      try (Reader in = Files.newBufferedReader(properties)) {
        m.mpConfig.load(in);
      }
      m.configKeys.addAll(m.mpConfig.stringPropertyNames());
    }
    Path sources = m.dir.resolve("src/main/java");
    if (Files.isDirectory(sources)) {
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = Files.readString(file);
          for (Pattern p : List.of(CONFIG_PROPERTY, GET_VALUE)) {
            Matcher matcher = p.matcher(code);
            while (matcher.find()) {
              m.configKeys.add(matcher.group(1));
            }
          }
        }
      }
    }
    return m;
  }

  private void readServerXml(Path root, Path file) throws Exception {
    if (configFiles.contains(file) || !Files.isRegularFile(file)) {
      return;
    }
    configFiles.add(file);
    Element server = xml(file).getDocumentElement();
    NodeList variableNodes = server.getElementsByTagName("variable");
    for (int i = 0; i < variableNodes.getLength(); i++) {
      Element v = (Element) variableNodes.item(i);
      String value =
          v.hasAttribute("defaultValue") ? v.getAttribute("defaultValue") : v.getAttribute("value");
      variables.put(v.getAttribute("name"), value);
    }
    NodeList apps = server.getElementsByTagName("webApplication");
    if (apps.getLength() > 0) {
      Element app = (Element) apps.item(0);
      warLocation = app.getAttribute("location");
      contextRoot = app.getAttribute("contextRoot");
    }
    NodeList includes = server.getElementsByTagName("include");
    for (int i = 0; i < includes.getLength(); i++) {
      String location = ((Element) includes.item(i)).getAttribute("location");
      for (Path included : includedFiles(root, file, location)) {
        readServerXml(root, included);
      }
    }
  }

  /**
   * The files an include can load: one, or for a location chosen by a variable (e.g. {@code
   * security-${security.profile}.xml}) every file it can name, so each profile's variables count.
   */
  static List<Path> includedFiles(Path root, Path includingFile, String location)
      throws IOException {
    Path file = includedFile(root, includingFile, location);
    String name = file.getFileName().toString();
    if (!name.contains("${")) {
      return List.of(file);
    }
    Pattern choice =
        Pattern.compile(
            Stream.of(name.split("\\$\\{[^}]*}", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining("[A-Za-z0-9_.-]+")));
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      return siblings
          .filter(p -> choice.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
    }
  }

  /** Where an include's location points in the repository (the image copies liberty-config/). */
  static Path includedFile(Path root, Path includingFile, String location) {
    if (location.startsWith(SHARED_CONFIG_DIR)) {
      return root.resolve("liberty-config").resolve(location.substring(SHARED_CONFIG_DIR.length()));
    }
    return includingFile.resolveSibling(location);
  }

  /** Every include location of server.xml and its fragments that does not exist in the repo. */
  List<String> missingIncludes(Path root) throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path file : configFiles) {
      NodeList includes = xml(file).getDocumentElement().getElementsByTagName("include");
      for (int i = 0; i < includes.getLength(); i++) {
        String location = ((Element) includes.item(i)).getAttribute("location");
        List<Path> targets = includedFiles(root, file, location);
        if (targets.isEmpty() || !targets.stream().allMatch(Files::isRegularFile)) {
          missing.add(root.relativize(file) + " includes " + location);
        }
      }
    }
    return missing;
  }

  /**
   * The environment variable names this service reads (Liberty and MicroProfile Config map a.b-c to
   * A_B_C).
   */
  Set<String> environmentNames() {
    Set<String> names = new LinkedHashSet<>();
    variables.keySet().forEach(v -> names.add(envName(v)));
    configKeys.forEach(k -> names.add(envName(k)));
    return names;
  }

  static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new IOException("cannot read " + file, e);
    }
  }

  private static String text(Element parent, String child, String fallback) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent().strip();
      }
    }
    return fallback;
  }
}
