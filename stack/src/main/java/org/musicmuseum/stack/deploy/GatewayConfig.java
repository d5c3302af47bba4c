package org.musicmuseum.stack.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * deploy/nginx.conf moved onto this machine's loopback: each upstream's servers replaced by {@code
 * 127.0.0.1:<port>} (keeping the first server line's parameters), the first listener at {@code
 * 127.0.0.1:<port>} and any other removed. Used by ./museum deploy (the gateway container on the
 * host network) and by the tests that run Debian's nginx.
 */
public final class GatewayConfig {

  private static final Pattern UPSTREAM =
      Pattern.compile("(upstream\\s+(\\w+)\\s*\\{)([^}]*)(\\})", Pattern.DOTALL);
  private static final Pattern SERVER_LINE =
      Pattern.compile("^\\s*server\\s+(\\S+?)(\\s[^;]*)?;\\s*$", Pattern.MULTILINE);
  private static final Pattern LISTEN = Pattern.compile("listen\\s+[^;]+;");

  private GatewayConfig() {}

  /** Each upstream's server hosts ({@code receiver-1:8080} gives {@code receiver-1}), in order. */
  public static Map<String, List<String>> upstreamHosts(String conf) {
    Map<String, List<String>> hosts = new LinkedHashMap<>();
    Matcher m = UPSTREAM.matcher(conf);
    while (m.find()) {
      List<String> names = new ArrayList<>();
      Matcher server = SERVER_LINE.matcher(m.group(3));
      while (server.find()) {
        String address = server.group(1);
        int colon = address.lastIndexOf(':');
        names.add(colon > 0 ? address.substring(0, colon) : address);
      }
      hosts.put(m.group(2), names);
    }
    return hosts;
  }

  /** {@code conf} with the given ports for each upstream and the listener at {@code port}. */
  public static String rewrite(String conf, int port, Map<String, List<Integer>> upstreams) {
    Matcher m = UPSTREAM.matcher(conf);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      String body = m.group(3);
      List<Integer> ports = upstreams.get(name);
      if (ports == null) {
        throw new IllegalArgumentException("no ports given for upstream '" + name + "'");
      }
      Matcher first = SERVER_LINE.matcher(body);
      if (!first.find()) {
        throw new IllegalArgumentException("upstream '" + name + "' has no server line");
      }
      String params = first.group(2) == null ? "" : first.group(2);
      String servers =
          ports.stream()
              .map(p -> "    server 127.0.0.1:" + p + params + ";")
              .collect(Collectors.joining("\n"));
      String rest = SERVER_LINE.matcher(body).replaceAll("").strip();
      String replaced = m.group(1) + "\n" + servers + "\n    " + rest + "\n" + m.group(4);
      m.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    m.appendTail(out);
    Matcher listen = LISTEN.matcher(out.toString());
    StringBuilder result = new StringBuilder();
    boolean firstListen = true;
    while (listen.find()) {
      listen.appendReplacement(result, firstListen ? "listen 127.0.0.1:" + port + ";" : "");
      firstListen = false;
    }
    listen.appendTail(result);
    return result.toString();
  }
}
