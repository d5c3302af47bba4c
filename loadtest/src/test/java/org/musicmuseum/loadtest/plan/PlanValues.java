package org.musicmuseum.loadtest.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The values the plan's User Parameters give a client, worked out without JMeter: variant k takes
 * the lower bound of every {@code __Random} when k is even and the upper bound when it is odd, and
 * the k-th entry (modulo its size) of every list that {@code __RandomFromMultipleVars} draws from.
 */
final class PlanValues {

  private static final Pattern FUNCTION = Pattern.compile("\\$\\{__(\\w+)\\(([^()]*)\\)}");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

  private final Map<String, String> lists;
  private final Map<String, String> expressions;

  PlanValues(Map<String, String> lists, Map<String, String> expressions) {
    this.lists = lists;
    this.expressions = expressions;
  }

  /** The names and expressions of a User Parameters element (its first column of values). */
  static Map<String, String> userParameters(Element element) {
    List<String> names = texts(element, "UserParameters.names");
    List<String> values = texts(element, "UserParameters.thread_values");
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      result.put(names.get(i), values.get(i));
    }
    return result;
  }

  /** The values of a list variable: NAME_1 .. NAME_matchNr. */
  List<String> list(String name) {
    int size = Integer.parseInt(lists.get(name + "_matchNr"));
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      values.add(lists.get(name + "_" + i));
    }
    return values;
  }

  /** Every variable of the User Parameters, in variant {@code k}. */
  Map<String, String> variant(int k) {
    Map<String, String> values = new LinkedHashMap<>();
    expressions.forEach((name, expression) -> values.put(name, evaluate(expression, k)));
    return values;
  }

  /** {@code template} with its {@code ${name}} references replaced by {@code values}. */
  static String expand(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new AssertionError("the plan gives no value to ${" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private String evaluate(String expression, int k) {
    Matcher m = FUNCTION.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(call(m.group(1), m.group(2), k)));
    }
    return m.appendTail(out).toString();
  }

  private String call(String function, String arguments, int k) {
    String[] args = arguments.split(",");
    return switch (function) {
      case "Random" -> args[k % 2].trim();
      case "UUID" -> UUID.nameUUIDFromBytes(new byte[] {(byte) k}).toString();
      case "RandomFromMultipleVars" -> {
        List<String> values = list(args[0].trim());
        yield values.get(k % values.size());
      }
      default ->
          throw new AssertionError("the plan calls __" + function + ", unknown to this test");
    };
  }

  private static List<String> texts(Element element, String collection) {
    List<String> result = new ArrayList<>();
    NodeList props = element.getElementsByTagName("collectionProp");
    for (int i = 0; i < props.getLength(); i++) {
      Element c = (Element) props.item(i);
      if (collection.equals(c.getAttribute("name"))) {
        NodeList strings = c.getElementsByTagName("stringProp");
        for (int j = 0; j < strings.getLength(); j++) {
          result.add(strings.item(j).getTextContent());
        }
      }
    }
    return result;
  }
}
