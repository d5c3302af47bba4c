package org.musicmuseum.loadtest.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A JMeter test plan (.jmx) read with the JDK's DOM. In a .jmx file the children of an element are
 * the elements of the {@code <hashTree>} that follows it.
 */
final class JmxPlan {

  static final Path RECEIVER_LOAD = Path.of("src/test/jmeter/receiver-load.jmx");

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{__P\\(([^,()]+),([^()]*)\\)}");

  private final Document document;

  private JmxPlan(Document document) {
    this.document = document;
  }

  static JmxPlan load(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new JmxPlan(factory.newDocumentBuilder().parse(file.toFile()));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every element of this tag, in document order. */
  List<Element> all(String tag) {
    return elements(document.getElementsByTagName(tag));
  }

  /** The one element of this tag named {@code testname}. */
  Element named(String tag, String testname) {
    return all(tag).stream()
        .filter(e -> testname.equals(e.getAttribute("testname")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + tag + " named " + testname));
  }

  /** The variables of an Arguments element (User Defined Variables), in order. */
  Map<String, String> arguments(String testname) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element argument : elements(named("Arguments", testname).getElementsByTagName("*"))) {
      if ("Argument".equals(argument.getAttribute("elementType"))) {
        values.put(prop(argument, "Argument.name"), prop(argument, "Argument.value"));
      }
    }
    return values;
  }

  /** The text of a direct child property ({@code stringProp}, {@code boolProp}...) of that name. */
  static String prop(Element element, String name) {
    return optionalProp(element, name)
        .orElseThrow(
            () -> new AssertionError(element.getAttribute("testname") + " has no " + name));
  }

  static Optional<String> optionalProp(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && name.equals(child.getAttribute("name"))) {
        return Optional.of(child.getTextContent());
      }
    }
    return Optional.empty();
  }

  /** The children of an element: the elements of the hashTree that follows it. */
  static List<Element> children(Element element) {
    Node next = element.getNextSibling();
    while (next != null && !(next instanceof Element)) {
      next = next.getNextSibling();
    }
    if (!(next instanceof Element tree) || !"hashTree".equals(tree.getTagName())) {
      return List.of();
    }
    List<Element> result = new ArrayList<>();
    for (Node n = tree.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && !"hashTree".equals(child.getTagName())) {
        result.add(child);
      }
    }
    return result;
  }

  /** The direct child elements. */
  static List<Element> childElements(Element element) {
    List<Element> result = new ArrayList<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        result.add(child);
      }
    }
    return result;
  }

  /**
   * {@code text} with every {@code ${__P(name,default)}} replaced by its value in {@code props}.
   */
  static String withProperties(String text, Map<String, String> props) {
    Matcher m = PROPERTY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group(2))));
    }
    return m.appendTail(out).toString();
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }
}
