package org.musicmuseum.system.deploy;

import static org.musicmuseum.system.deploy.DeployFiles.assertNoProblems;
import static org.musicmuseum.system.deploy.NginxConfig.duration;
import static org.musicmuseum.system.deploy.NginxConfig.gatewayServer;
import static org.musicmuseum.system.deploy.NginxConfig.locationFor;
import static org.musicmuseum.system.deploy.NginxConfig.size;
import static org.musicmuseum.system.deploy.NginxConfig.upstreams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.musicmuseum.system.deploy.NginxConfig.Directive;

/**
 * Checks deploy/nginx.conf, the gateway: every context root goes to the upstream whose servers are
 * the compose services of its module, the receiver is retried, size- and rate-limited, and
 * server-sent events are not buffered. NginxSyntaxTest has nginx itself check the file.
 */
class NginxConfTest {

  /** The upstreams deploy/nginx.conf must define (a test may rewrite their server lines). */
  private static final List<String> UPSTREAMS =
      List.of("receiver", "storage", "processing", "audit", "health", "dashboard");

  private final DeployFiles files = DeployFiles.load();

  @Test
  void nginxRoutesEveryContextRootToTheServersOfItsService() {
    List<String> problems = new ArrayList<>();
    Directive http = NginxConfig.http(files.nginx);
    Map<String, List<Directive>> upstreams = upstreams(http);
    for (String name : UPSTREAMS) {
      if (!upstreams.containsKey(name)) {
        problems.add("nginx.conf has no upstream block named " + name + ".");
      }
    }
    Map<String, Map<String, String>> liberty = files.libertyServices();
    for (var upstream : upstreams.entrySet()) {
      for (Directive server : upstream.getValue()) {
        String[] hostPort = server.arg(0).split(":", 2);
        if (!files.services.containsKey(hostPort[0])) {
          problems.add(
              "The upstream "
                  + upstream.getKey()
                  + " of nginx.conf names "
                  + hostPort[0]
                  + ", which is not a service of compose.yaml.");
        } else if (liberty.containsKey(hostPort[0])
            && !(hostPort.length > 1
                && hostPort[1].equals(liberty.get(hostPort[0]).get("HTTP_PORT")))) {
          problems.add(
              "The upstream "
                  + upstream.getKey()
                  + " of nginx.conf sends to "
                  + server.arg(0)
                  + ", but "
                  + hostPort[0]
                  + " listens on port "
                  + liberty.get(hostPort[0]).get("HTTP_PORT")
                  + ".");
        }
      }
    }
    List<Directive> receivers = upstreams.getOrDefault("receiver", List.of());
    if (receivers.size() != 2) {
      problems.add(
          "The receiver upstream of nginx.conf has "
              + receivers.size()
              + " servers instead of the two receiver replicas.");
    }

    Directive server = gatewayServer(http);
    Map<String, Set<String>> servicesByModule = new LinkedHashMap<>();
    liberty.forEach(
        (svc, args) ->
            servicesByModule.computeIfAbsent(args.get("MODULE"), k -> new TreeSet<>()).add(svc));
    for (var entry : servicesByModule.entrySet()) {
      LibertyModule m = files.modules.get(entry.getKey());
      if (m == null || m.contextRoot.isEmpty()) {
        problems.add("The module " + entry.getKey() + " has no webApplication context root.");
        continue;
      }
      String path = m.contextRoot.equals("/") ? "/" : m.contextRoot + "/";
      Optional<Directive> location = locationFor(server, path);
      if (location.isEmpty()) {
        problems.add(
            "nginx.conf has no location for "
                + path
                + " (context root of "
                + m.name
                + "), so the gateway cannot reach it.");
        continue;
      }
      String proxyPass = location.get().child("proxy_pass").map(d -> d.arg(0)).orElse("");
      Matcher target = Pattern.compile("^http://([A-Za-z0-9_-]+)$").matcher(proxyPass);
      if (!target.matches()) {
        problems.add(
            "The location "
                + String.join(" ", location.get().args())
                + " of nginx.conf proxies to '"
                + proxyPass
                + "' instead of http://<upstream> without a path (which keeps the context root).");
        continue;
      }
      Set<String> hosts = new TreeSet<>();
      upstreams
          .getOrDefault(target.group(1), List.of())
          .forEach(d -> hosts.add(d.arg(0).split(":", 2)[0]));
      if (!hosts.equals(entry.getValue())) {
        problems.add(
            "nginx.conf routes "
                + path
                + " to the upstream "
                + target.group(1)
                + " with servers "
                + hosts
                + ", but the compose services of "
                + m.name
                + " are "
                + entry.getValue()
                + ".");
      }
    }
    assertNoProblems(problems);
  }

  @Test
  void nginxKeepsTheReceiverAvailableAndLimited() throws Exception {
    List<String> problems = new ArrayList<>();
    Directive http = NginxConfig.http(files.nginx);
    for (String callerOwned : List.of("pid", "daemon", "user")) {
      if (files.nginx.stream().anyMatch(d -> d.name().equals(callerOwned))) {
        problems.add(
            "nginx.conf sets '"
                + callerOwned
                + "', which the caller must set (the image, or a test with -g as a non-root"
                + " user; nginx refuses a directive set twice).");
      }
    }
    if (!http.child("server_tokens").map(d -> d.arg(0)).orElse("").equals("off")) {
      problems.add("nginx.conf does not switch server_tokens off.");
    }
    Duration connect =
        duration(http.child("proxy_connect_timeout").map(d -> d.arg(0)).orElse("60s"));
    if (connect.compareTo(Duration.ofSeconds(2)) > 0) {
      problems.add(
          "nginx.conf waits "
              + connect
              + " to connect to an upstream; a dead replica should be given up within 2 s.");
    }
    for (Directive server : upstreams(http).getOrDefault("receiver", List.of())) {
      if (server.args().stream().noneMatch(a -> a.startsWith("max_fails="))
          || server.args().stream().noneMatch(a -> a.startsWith("fail_timeout="))) {
        problems.add(
            "The receiver server "
                + server.arg(0)
                + " of nginx.conf has no max_fails/fail_timeout, so a dead replica is not set"
                + " aside.");
      }
    }

    LibertyModule receiver = files.moduleOf("receiver-1", files.libertyServices());
    String receiverRoot = receiver == null ? "/receiver" : receiver.contextRoot;
    Optional<Directive> location = locationFor(gatewayServer(http), receiverRoot + "/events/batch");
    if (location.isEmpty()) {
      problems.add("nginx.conf has no location for the receiver's batch endpoint.");
    } else {
      Directive loc = location.get();
      List<String> next = loc.child("proxy_next_upstream").map(Directive::args).orElse(List.of());
      if (!next.containsAll(List.of("error", "timeout"))) {
        problems.add(
            "The receiver location of nginx.conf does not pass a request on to the other replica"
                + " on error and timeout (proxy_next_upstream is "
                + next
                + ").");
      }
      if (next.contains("non_idempotent")) {
        problems.add(
            "The receiver location of nginx.conf retries non-idempotent requests, which may"
                + " publish an event twice (see the comment there).");
      }
      if (!loc.child("proxy_next_upstream_tries").map(d -> d.arg(0)).orElse("").equals("2")) {
        problems.add(
            "The receiver location of nginx.conf does not set proxy_next_upstream_tries 2.");
      }
      long batchBytes =
          Long.parseLong(
              receiver == null
                  ? "-1"
                  : receiver.mpConfig.getProperty("receiver.max-batch-bytes", "-1"));
      long bodyLimit =
          size(
              loc.child("client_max_body_size")
                  .or(() -> http.child("client_max_body_size"))
                  .map(d -> d.arg(0))
                  .orElse("1m"));
      if (bodyLimit != batchBytes) {
        problems.add(
            "nginx.conf lets "
                + bodyLimit
                + " bytes through to the receiver, but its batch limit is "
                + batchBytes
                + " bytes (receiver.max-batch-bytes).");
      }
      Set<String> zones = new TreeSet<>();
      http.children("limit_req_zone")
          .forEach(
              d ->
                  d.args().stream()
                      .filter(a -> a.startsWith("zone="))
                      .forEach(a -> zones.add(a.substring(5).split(":")[0])));
      boolean limited =
          loc.children("limit_req").stream()
              .anyMatch(
                  d ->
                      d.args().stream()
                          .anyMatch(a -> a.startsWith("zone=") && zones.contains(a.substring(5))));
      if (!limited) {
        problems.add(
            "The receiver location of nginx.conf has no limit_req on a zone defined by"
                + " limit_req_zone.");
      }
    }

    LibertyModule health = files.moduleOf("health", files.libertyServices());
    String events = (health == null ? "/healthcheck" : health.contextRoot) + "/events";
    Optional<Directive> sse = locationFor(gatewayServer(http), events);
    if (sse.isEmpty()
        || !sse.get().child("proxy_buffering").map(d -> d.arg(0)).orElse("").equals("off")) {
      problems.add(
          "nginx.conf buffers " + events + ", so server-sent events would not reach the browser.");
    }
    assertNoProblems(problems);
  }
}
