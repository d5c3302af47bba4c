package org.musicmuseum.loadtest.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A written chart parsed back with a DOM parser, and the lookups the chart tests share. */
record SvgDom(Document document) {

  static SvgDom parse(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    return new SvgDom(document);
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Elements named {@code name} in the SVG namespace whose class list holds {@code cssClass}. */
  List<Element> all(String name, String cssClass) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = document.getElementsByTagNameNS(Svg.NAMESPACE, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cssClass == null
          || Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  Element one(String name, String cssClass) {
    List<Element> found = all(name, cssClass);
    assertThat(found).as("<%s class=%s>", name, cssClass).hasSize(1);
    return found.get(0);
  }

  /** The text of every {@code <text>} element. */
  List<String> texts() {
    return all("text", null).stream().map(Element::getTextContent).toList();
  }

  static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** Checks what every chart must be to show in a GitHub Markdown page. */
  void assertPlainPage(int width) {
    assertThat(root().getLocalName()).isEqualTo("svg");
    assertThat(root().getNamespaceURI()).isEqualTo(Svg.NAMESPACE);
    assertThat(number(root(), "width")).isEqualTo(width);
    assertThat(root().getAttribute("viewBox"))
        .isEqualTo("0 0 " + width + " " + root().getAttribute("height"));
    assertThat(root().getAttribute("font-family")).isEqualTo("sans-serif");
    Element page = all("rect", null).get(0);
    assertThat(page.getAttribute("fill")).isEqualTo("#ffffff");
    assertThat(number(page, "width")).isEqualTo(width);
    assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(document.getElementsByTagNameNS("*", "image").getLength()).isZero();
    assertThat(document.getElementsByTagNameNS("*", "foreignObject").getLength()).isZero();
  }
}
