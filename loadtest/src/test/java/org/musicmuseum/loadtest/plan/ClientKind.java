package org.musicmuseum.loadtest.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * One kind of client of the plan: an If Controller named after the kind, that runs when the
 * client's {@code draw} is in [lower, upper), around the one HTTP sampler the kind posts.
 */
record ClientKind(String name, String lower, String upper, Element sampler) {

  private static final Pattern CONDITION =
      Pattern.compile(
          "\\$\\{__jexl3\\(\\$\\{draw} >= (0|\\$\\{\\w+}) && \\$\\{draw} < (\\$\\{\\w+})\\)}");

  /** The kinds, in the order of the plan. */
  static List<ClientKind> of(JmxPlan plan) {
    List<ClientKind> kinds = new ArrayList<>();
    for (Element controller : plan.all("IfController")) {
      String condition = JmxPlan.prop(controller, "IfController.condition");
      Matcher m = CONDITION.matcher(condition);
      if (!m.matches()) {
        throw new AssertionError("unexpected condition of " + name(controller) + ": " + condition);
      }
      List<Element> samplers =
          JmxPlan.children(controller).stream()
              .filter(e -> "HTTPSamplerProxy".equals(e.getTagName()))
              .toList();
      if (samplers.size() != 1) {
        throw new AssertionError(name(controller) + " must hold exactly one HTTP sampler");
      }
      kinds.add(new ClientKind(name(controller), m.group(1), m.group(2), samplers.get(0)));
    }
    return kinds;
  }

  /** The bound's value: a number, or a variable of the "request mix" arguments. */
  static int bound(String bound, Map<String, String> mix) {
    if (bound.startsWith("${")) {
      String value = mix.get(bound.substring(2, bound.length() - 1));
      if (value == null) {
        throw new AssertionError("the request mix does not define " + bound);
      }
      return Integer.parseInt(value.trim());
    }
    return Integer.parseInt(bound);
  }

  String label() {
    return name(sampler);
  }

  /** Whether the client posts a valid event: its label ends with the 201 it expects. */
  boolean valid() {
    return label().endsWith(" 201");
  }

  /** The last segment of the path: new_album, new_single_song. */
  String eventName() {
    return path().substring(path().lastIndexOf('/') + 1);
  }

  String path() {
    return JmxPlan.prop(sampler, "HTTPSampler.path");
  }

  String body() {
    Element argument = (Element) sampler.getElementsByTagName("elementProp").item(1);
    return JmxPlan.prop(argument, "Argument.value");
  }

  /** The children of the sampler with this tag (its assertions, header managers). */
  List<Element> sampler(String tag) {
    return JmxPlan.children(sampler).stream().filter(e -> tag.equals(e.getTagName())).toList();
  }

  /** The Content-Type of the sampler's own header manager, if it sets one. */
  Optional<String> ownContentType() {
    return sampler("HeaderManager").stream()
        .flatMap(h -> Headers.of(h).entrySet().stream())
        .filter(h -> "Content-Type".equalsIgnoreCase(h.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static String name(Element element) {
    return element.getAttribute("testname");
  }
}
