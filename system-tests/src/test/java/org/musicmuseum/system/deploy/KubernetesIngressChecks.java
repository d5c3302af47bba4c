package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.musicmuseum.system.deploy.NginxConfig.Directive;

/**
 * Checks the Ingresses against deploy/nginx.conf: each is of the class nginx and each backend is a
 * port of a Service here; every location nginx proxies is routed by some Ingress path (the longest
 * that matches, as Kubernetes picks it) to a Service whose pods run the images of the location's
 * upstream servers. KubernetesIngressSettingsChecks compares the settings.
 */
final class KubernetesIngressChecks {

  static final String CLASS = "nginx";

  /** One path of an Ingress. */
  record Route(Ingress ingress, HTTPIngressPath path) {}

  private KubernetesIngressChecks() {}

  static void check(KubernetesChecks c) {
    for (Route r : routes(c)) {
      IngressServiceBackend backend = r.path().getBackend().getService();
      String at =
          c.k8s.at(r.ingress()) + ": path " + r.path().getPath() + " backend " + backend.getName();
      Optional<Service> service = c.k8s.find(Service.class, backend.getName());
      List<ServicePort> ports = service.map(s -> s.getSpec().getPorts()).orElse(List.of());
      if (service.isEmpty()) {
        c.add("%s is no Service of the manifests.", at);
      } else if (ports.stream()
          .noneMatch(
              p ->
                  Objects.equals(p.getPort(), backend.getPort().getNumber())
                      || Objects.equals(p.getName(), backend.getPort().getName())
                          && p.getName() != null)) {
        Object port =
            Optional.<Object>ofNullable(backend.getPort().getNumber())
                .orElse(backend.getPort().getName());
        c.add(
            "%s port %s is no port of Service %s %s.",
            at, port, backend.getName(), ports.stream().map(ServicePort::getPort).toList());
      }
    }
    for (Ingress ingress : c.k8s.all(Ingress.class)) {
      if (!CLASS.equals(ingress.getSpec().getIngressClassName())) {
        c.add(
            "%s: spec.ingressClassName is %s, not %s (the annotations are ingress-nginx's).",
            c.k8s.at(ingress), ingress.getSpec().getIngressClassName(), CLASS);
      }
    }
    Directive http = NginxConfig.http(c.files.nginx);
    Map<String, List<Directive>> upstreams = NginxConfig.upstreams(http);
    for (Directive location : proxiedLocations(c)) {
      String path = location.arg(0);
      Optional<Route> route = route(c, path);
      if (route.isEmpty()) {
        c.add(
            "%s/ingress.yaml: no Ingress path routes %s, a location of nginx.conf.",
            KubernetesManifests.DIRECTORY, path);
        continue;
      }
      String upstream =
          location.child("proxy_pass").orElseThrow().arg(0).replaceFirst("^https?://", "");
      Optional<Service> service =
          c.k8s.find(Service.class, route.get().path().getBackend().getService().getName());
      for (Directive server : upstreams.getOrDefault(upstream, List.of())) {
        String image = c.imageOf(server.arg(0).split(":")[0]);
        if (service.isEmpty()
            || c.selectedBy(service.get()).stream().noneMatch(w -> w.running(image).isPresent())) {
          c.add(
              "%s goes to a Service whose pods do not run %s (nginx's upstream %s).",
              at(c, route.get(), path), image, upstream);
        }
      }
    }
  }

  /** The prefix locations of nginx.conf's gateway server that proxy to an upstream. */
  static List<Directive> proxiedLocations(KubernetesChecks c) {
    return NginxConfig.gatewayServer(NginxConfig.http(c.files.nginx)).children("location").stream()
        .filter(l -> l.args().size() == 1 && l.child("proxy_pass").isPresent())
        .toList();
  }

  /** Where a route of a location is, for a problem's text. */
  static String at(KubernetesChecks c, Route route, String location) {
    return String.format(
        "%s: path %s (nginx.conf's location %s)",
        c.k8s.at(route.ingress()), route.path().getPath(), location);
  }

  /** The Ingress path that routes {@code request}: the longest that matches. */
  static Optional<Route> route(KubernetesChecks c, String request) {
    return routes(c).stream()
        .filter(r -> matches(r.path(), request))
        .max(Comparator.comparingInt(r -> r.path().getPath().length()));
  }

  private static List<Route> routes(KubernetesChecks c) {
    List<Route> routes = new ArrayList<>();
    for (Ingress ingress : c.k8s.all(Ingress.class)) {
      for (IngressRule rule : Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
        rule.getHttp().getPaths().forEach(p -> routes.add(new Route(ingress, p)));
      }
    }
    return routes;
  }

  /** Whether an Ingress path matches a request path, as Kubernetes defines Exact and Prefix. */
  static boolean matches(HTTPIngressPath path, String request) {
    String p = path.getPath();
    if ("Exact".equals(path.getPathType())) {
      return p.equals(request);
    }
    return request.equals(p) || request.startsWith(p.endsWith("/") ? p : p + "/");
  }
}
