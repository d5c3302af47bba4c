package org.musicmuseum.loadtest.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The headers a JMeter Header Manager sets. */
final class Headers {

  private Headers() {}

  static Map<String, String> of(Element headerManager) {
    Map<String, String> headers = new LinkedHashMap<>();
    NodeList props = headerManager.getElementsByTagName("elementProp");
    for (int i = 0; i < props.getLength(); i++) {
      Element header = (Element) props.item(i);
      if ("Header".equals(header.getAttribute("elementType"))) {
        headers.put(JmxPlan.prop(header, "Header.name"), JmxPlan.prop(header, "Header.value"));
      }
    }
    return headers;
  }
}
