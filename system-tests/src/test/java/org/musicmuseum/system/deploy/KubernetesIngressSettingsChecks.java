package org.musicmuseum.system.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.musicmuseum.system.deploy.KubernetesIngressChecks.Route;
import org.musicmuseum.system.deploy.NginxConfig.Directive;

/**
 * Checks that the Ingress which routes each location of deploy/nginx.conf carries that location's
 * settings as ingress-nginx annotations: body size, buffering, read and send timeouts
 * (nginx.conf's, else nginx's defaults, against the annotation, else the controller's defaults),
 * and a rate limit of the same rate and burst.
 */
final class KubernetesIngressSettingsChecks {

  static final String ANNOTATION = "nginx.ingress.kubernetes.io/";

  /** nginx.conf's directive and nginx's default; ingress-nginx's annotation and its default. */
  private record Setting(
      String directive, String nginxDefault, String annotation, String ingressDefault) {}

  private static final List<Setting> SETTINGS =
      List.of(
          new Setting("client_max_body_size", "1m", "proxy-body-size", "1m"),
          new Setting("proxy_buffering", "on", "proxy-buffering", "off"),
          new Setting("proxy_read_timeout", "60s", "proxy-read-timeout", "60"),
          new Setting("proxy_send_timeout", "60s", "proxy-send-timeout", "60"));

  private KubernetesIngressSettingsChecks() {}

  static void check(KubernetesChecks c) {
    Directive http = NginxConfig.http(c.files.nginx);
    for (Directive location : KubernetesIngressChecks.proxiedLocations(c)) {
      Optional<Route> route = KubernetesIngressChecks.route(c, location.arg(0));
      if (route.isEmpty()) {
        continue; // KubernetesIngressChecks reports it
      }
      String at = KubernetesIngressChecks.at(c, route.get(), location.arg(0));
      Map<String, String> annotations =
          Optional.ofNullable(route.get().ingress().getMetadata().getAnnotations())
              .orElse(Map.of());
      for (Setting s : SETTINGS) {
        String nginx =
            location
                .child(s.directive())
                .or(() -> http.child(s.directive()))
                .map(d -> d.arg(0))
                .orElse(s.nginxDefault());
        String here = annotations.getOrDefault(ANNOTATION + s.annotation(), s.ingressDefault());
        if (!same(s.directive(), nginx, here)) {
          c.add(
              "%s: annotation %s%s is %s, but nginx.conf has %s %s.",
              at, ANNOTATION, s.annotation(), here, s.directive(), nginx);
        }
      }
      location.child("limit_req").ifPresent(limit -> rateLimit(c, at, http, limit, annotations));
    }
  }

  private static boolean same(String directive, String nginx, String annotation) {
    if (directive.endsWith("_timeout")) {
      return NginxConfig.duration(nginx).equals(NginxConfig.duration(annotation + "s"));
    }
    return directive.endsWith("_size")
        ? NginxConfig.size(nginx) == NginxConfig.size(annotation)
        : nginx.equals(annotation);
  }

  /** limit_req zone=Z burst=B, limit_req_zone … zone=Z:… rate=Nr/s: limit-rps N, burst B. */
  private static void rateLimit(
      KubernetesChecks c,
      String at,
      Directive http,
      Directive limit,
      Map<String, String> annotations) {
    String zone = argument(limit, "zone=");
    int burst = Integer.parseInt("0" + argument(limit, "burst="));
    int rate =
        http.children("limit_req_zone").stream()
            .filter(z -> argument(z, "zone=").startsWith(zone + ":"))
            .map(z -> Integer.parseInt("0" + argument(z, "rate=").replaceAll("\\D", "")))
            .findFirst()
            .orElse(0);
    int rps = Integer.parseInt("0" + annotations.getOrDefault(ANNOTATION + "limit-rps", ""));
    int multiplier =
        Integer.parseInt(annotations.getOrDefault(ANNOTATION + "limit-burst-multiplier", "5"));
    if (rps != rate || rps * multiplier != burst) {
      c.add(
          "%s: annotations limit-rps %d x limit-burst-multiplier %d are not nginx.conf's rate %d/s with burst %d.",
          at, rps, multiplier, rate, burst);
    }
  }

  private static String argument(Directive d, String prefix) {
    return d.args().stream()
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .findFirst()
        .orElse("");
  }
}
