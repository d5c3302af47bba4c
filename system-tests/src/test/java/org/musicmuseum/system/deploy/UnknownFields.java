package org.musicmuseum.system.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a manifest that fabric8's model does not know. The model keeps a field it has no
 * property for in the object's additional properties instead of refusing it, so a misspelt field
 * (containerport, readinesProbe) or one of another apiVersion would pass unnoticed; this walks the
 * typed objects and names every such field by its path.
 */
final class UnknownFields {

  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

  private UnknownFields() {}

  /** The paths of the unknown fields of {@code model}, e.g. "spec.template.spec.prots". */
  static List<String> of(Object model) {
    List<String> unknown = new ArrayList<>();
    walk(model, "", unknown);
    return unknown;
  }

  private static void walk(Object value, String path, List<String> unknown) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", unknown);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, path + "." + k, unknown));
    } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
      for (Method getter : value.getClass().getMethods()) {
        if (isProperty(getter)) {
          String property = getter.getName().substring(3);
          Object child = get(getter, value);
          String childPath =
              (path.isEmpty() ? "" : path + ".")
                  + property.substring(0, 1).toLowerCase(Locale.ROOT)
                  + property.substring(1);
          if (property.equals("AdditionalProperties") && child instanceof Map<?, ?> extra) {
            extra.keySet().forEach(k -> unknown.add((path.isEmpty() ? "" : path + ".") + k));
          } else {
            walk(child, childPath, unknown);
          }
        }
      }
    }
  }

  private static boolean isProperty(Method m) {
    return m.getName().startsWith("get")
        && m.getParameterCount() == 0
        && !Modifier.isStatic(m.getModifiers())
        && !m.getName().equals("getClass")
        && m.getDeclaringClass().getPackageName().startsWith(MODEL_PACKAGE);
  }

  private static Object get(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }
}
