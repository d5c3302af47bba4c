package org.musicmuseum.loadtest.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The jmeter profile of loadtest/pom.xml runs the plan only when asked for (-Pjmeter). */
class JmeterProfileTest {

  private static final String PLUGIN = "jmeter-maven-plugin";
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{__P\\(([^,()]+),([^()]*)\\)}");

  private final JmxPlan pom = JmxPlan.load(Path.of("pom.xml"));

  @Test
  void theProfileExistsAndIsNotActiveByDefault() {
    Element profile = jmeterProfile();

    assertThat(profile.getElementsByTagName("activation").getLength())
        .as("the jmeter profile has no <activation>: the test suite never runs the load")
        .isZero();
    assertThat(text(profile, "artifactId")).contains(PLUGIN);
  }

  @Test
  void theNormalBuildHasNoJmeterPlugin() {
    long outsideProfiles =
        pom.all("artifactId").stream()
            .filter(a -> PLUGIN.equals(a.getTextContent().trim()))
            .filter(a -> !insideProfile(a))
            .count();

    assertThat(outsideProfiles).isZero();
  }

  @Test
  void theProfileDefaultsAreThePlanDefaultsAndMakeAtLeast100000Clients() {
    Map<String, String> profile = properties(jmeterProfile());
    String plan = planText();
    Matcher m = PROPERTY.matcher(plan);
    int checked = 0;
    while (m.find()) {
      assertThat(profile).as("pom property " + m.group(1)).containsEntry(m.group(1), m.group(2));
      checked++;
    }
    assertThat(checked).isPositive();

    Element clients = JmxPlan.load(JmxPlan.RECEIVER_LOAD).named("OpenModelThreadGroup", "clients");
    String schedule = JmxPlan.prop(clients, "OpenModelThreadGroup.schedule");
    assertThat(ArrivalSchedule.parse(JmxPlan.withProperties(schedule, profile)).arrivals())
        .isGreaterThanOrEqualTo(100_000);
  }

  private Element jmeterProfile() {
    List<Element> profiles =
        pom.all("profile").stream().filter(p -> "jmeter".equals(childText(p, "id"))).toList();
    assertThat(profiles).as("profile jmeter in loadtest/pom.xml").hasSize(1);
    return profiles.get(0);
  }

  private static Map<String, String> properties(Element profile) {
    Map<String, String> result = new LinkedHashMap<>();
    Element properties = (Element) profile.getElementsByTagName("properties").item(0);
    for (Element e : JmxPlan.childElements(properties)) {
      result.put(e.getTagName(), e.getTextContent().trim());
    }
    return result;
  }

  private static String planText() {
    try {
      return Files.readString(JmxPlan.RECEIVER_LOAD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean insideProfile(Element element) {
    for (Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
      if ("profile".equals(n.getNodeName())) {
        return true;
      }
    }
    return false;
  }

  private static String childText(Element parent, String tag) {
    return JmxPlan.childElements(parent).stream()
        .filter(e -> tag.equals(e.getTagName()))
        .map(e -> e.getTextContent().trim())
        .findFirst()
        .orElse("");
  }

  private static String text(Element parent, String tag) {
    StringBuilder out = new StringBuilder();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.append(nodes.item(i).getTextContent().trim()).append(' ');
    }
    return out.toString().trim();
  }
}
