package org.musicmuseum.system.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an address a container gets where compose gives a compose service's: a URL (http://,
 * jdbc:mysql://) names a Service of the manifests on one of its ports, whose pods run the image of
 * compose's host, and keeps compose's scheme, path and parameters; Kafka is the bootstrap Service
 * Strimzi makes for the Kafka cluster here, on the port of a plain listener.
 */
final class KubernetesAddressChecks {

  private static final Pattern URL =
      Pattern.compile("^([a-z][a-z0-9+.:-]*://)([^/:?]+)(?::(\\d+))?(.*)$");

  private KubernetesAddressChecks() {}

  /** {@code var} names the container and variable in a problem's text. */
  static void check(
      KubernetesChecks c, String var, String name, String composeValue, ContainerEnv.Value here) {
    if (here.value() == null) {
      c.add("%s is %s; an address must be a value (or a ConfigMap's).", var, here.describe());
    } else if (name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
      Set<String> bootstrap = kafkaBootstrap(c);
      for (String address : here.value().split(",")) {
        if (!bootstrap.contains(address.strip())) {
          c.add(
              "%s names %s, which is none of the bootstrap addresses Strimzi makes for the Kafka clusters here %s.",
              var, address.strip(), bootstrap);
        }
      }
    } else {
      checkUrl(c, var, composeValue, here.value());
    }
  }

  private static void checkUrl(KubernetesChecks c, String var, String composeValue, String value) {
    Matcher compose = URL.matcher(composeValue);
    Matcher url = URL.matcher(value);
    if (!compose.matches() || !url.matches()) {
      c.add("%s is '%s', which is no URL like compose's '%s'.", var, value, composeValue);
      return;
    }
    if (!url.group(1).equals(compose.group(1)) || !url.group(4).equals(compose.group(4))) {
      c.add(
          "%s is '%s'; only its host and port may differ from compose's '%s'.",
          var, value, composeValue);
    }
    String host = url.group(2);
    Optional<Service> service = c.k8s.find(Service.class, host);
    if (service.isEmpty()) {
      c.add("%s names the host %s, which is no Service of the manifests.", var, host);
      return;
    }
    List<Integer> ports =
        Optional.ofNullable(service.get().getSpec().getPorts()).orElse(List.of()).stream()
            .map(ServicePort::getPort)
            .toList();
    if (url.group(3) == null || !ports.contains(Integer.valueOf(url.group(3)))) {
      c.add(
          "%s goes to port %s of Service %s, which has the ports %s.",
          var, url.group(3), host, ports);
    }
    String image = c.imageOf(compose.group(2));
    if (c.selectedBy(service.get()).stream().noneMatch(w -> w.running(image).isPresent())) {
      c.add(
          "%s goes to Service %s, whose pods do not run %s (the image of compose's %s).",
          var, host, image, compose.group(2));
    }
  }

  /**
   * Strimzi's bootstrap address of each Kafka cluster: name-kafka-bootstrap:port, plain listeners.
   */
  static Set<String> kafkaBootstrap(KubernetesChecks c) {
    Set<String> addresses = new TreeSet<>();
    for (GenericKubernetesResource kafka : c.k8s.custom("Kafka")) {
      for (Object listener : DeployFiles.list(kafka.get("spec", "kafka", "listeners"))) {
        Map<String, Object> l = DeployFiles.map(listener);
        if (!Boolean.TRUE.equals(l.get("tls"))) {
          addresses.add(kafka.getMetadata().getName() + "-kafka-bootstrap:" + l.get("port"));
        }
      }
    }
    return addresses;
  }
}
