package com.ibm.websphere.logging.hpel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for Liberty's log-record context (same name and the methods the service kit calls),
 * for the unit tests of {@code LogTraceIds}; Liberty's own is in the server.
 */
public final class LogRecordContext {

  private static final Map<String, Extension> EXTENSIONS = new ConcurrentHashMap<>();

  private LogRecordContext() {}

  /** Liberty's extension: asked for its value whenever a log record is written. */
  public interface Extension {
    String getValue();
  }

  public static void registerExtension(String key, Extension extension) {
    if (EXTENSIONS.putIfAbsent(key, extension) != null) {
      throw new IllegalArgumentException(
          "Extension with the key " + key + " is registered already");
    }
  }

  public static boolean unregisterExtension(String key) {
    return EXTENSIONS.remove(key) != null;
  }

  /** What a log record written now would carry: each extension with a value. */
  public static void getExtensions(Map<String, String> into) {
    EXTENSIONS.forEach(
        (key, extension) -> {
          String value = extension.getValue();
          if (value != null) {
            into.put(key, value);
          }
        });
  }
}
