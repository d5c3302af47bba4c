package org.musicmuseum.stack.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * A base image made from Debian's packages with mmdebstrap (no registry needed): bookworm with its
 * security updates, the minimal variant plus {@code packages}, without documentation, manual pages,
 * locales or apt's lists (they would only add size).
 */
record DebianBase(String name, List<String> packages) {

  static final String SUITE = "bookworm";

  /** Java 17 for Open Liberty and the Kafka stand-in; curl for the health checks. */
  static final DebianBase JRE =
      new DebianBase("jre", List.of("openjdk-17-jre-headless", "curl", "ca-certificates"));

  static final DebianBase MARIADB =
      new DebianBase("mariadb", List.of("mariadb-server", "mariadb-client"));

  static final DebianBase NGINX = new DebianBase("nginx", List.of("nginx", "curl"));

  static final List<DebianBase> ALL = List.of(JRE, MARIADB, NGINX);

  String image() {
    return "localhost/music-museum/base-" + name + ":" + SUITE;
  }

  /** The mmdebstrap command that writes the root file system to {@code tarball}. */
  List<String> command(String tarball) {
    List<String> command = new ArrayList<>();
    command.add("mmdebstrap");
    command.add("--variant=minbase");
    command.add("--include=" + String.join(",", packages));
    for (String excluded :
        List.of(
            "/usr/share/doc/*", "/usr/share/man/*", "/usr/share/locale/*", "/usr/share/info/*")) {
      command.add("--dpkgopt=path-exclude=" + excluded);
    }
    // update-alternatives (Java) links its manual page there, even with manual pages left out.
    command.add("--essential-hook=mkdir -p \"$1/usr/share/man/man1\"");
    command.add(
        "--customize-hook=rm -rf \"$1\"/var/lib/apt/lists/* \"$1\"/var/cache/apt/* \"$1\"/var/log/*.log");
    command.add(SUITE);
    command.add(tarball);
    command.add("deb http://deb.debian.org/debian " + SUITE + " main");
    command.add("deb http://deb.debian.org/debian " + SUITE + "-updates main");
    command.add("deb http://deb.debian.org/debian-security " + SUITE + "-security main");
    return command;
  }

  /** What decides the image's content: a change rebuilds it. */
  String recipe() {
    return String.join("\n", command("-"));
  }
}
