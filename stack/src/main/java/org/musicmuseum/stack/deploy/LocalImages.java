package org.musicmuseum.stack.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.musicmuseum.stack.StackException;

/**
 * The images only this machine needs: the Debian bases ({@link DebianBase}), and the local Open
 * Liberty base on the Java one. Each carries the digest of its recipe as a label and is rebuilt
 * only when the recipe changes, so a warm machine skips all of them.
 */
final class LocalImages {

  static final String RECIPE_LABEL = "org.musicmuseum.recipe";

  private final Podman podman;
  private final Path root;
  private final Path work;
  private final PrintStream out;

  LocalImages(Podman podman, Path root, Path work, PrintStream out) {
    this.podman = podman;
    this.root = root;
    this.work = work;
    this.out = out;
  }

  /** The local Open Liberty base's name, tagged with the runtime's version. */
  static String libertyBase(Path libertyHome) {
    String version = "local";
    Path properties = libertyHome.resolve("lib/versions/openliberty.properties");
    if (Files.isRegularFile(properties)) {
      version =
          Staging.read(properties)
              .lines()
              .filter(l -> l.startsWith("com.ibm.websphere.productVersion="))
              .map(l -> l.substring(l.indexOf('=') + 1).strip())
              .findFirst()
              .orElse(version);
    }
    return "localhost/music-museum/liberty-base:" + version;
  }

  /** Every Debian base: made with mmdebstrap and imported, unless its recipe is unchanged. */
  void ensureBases() {
    for (DebianBase base : DebianBase.ALL) {
      String digest = Staging.digest(base.recipe());
      if (digest.equals(recipeOf(base.image()))) {
        continue;
      }
      out.println("base image " + base.image() + ": mmdebstrap " + base.packages() + " ...");
      long start = System.nanoTime();
      Path tarball = work.resolve("base-" + base.name() + ".tar");
      try {
        Files.createDirectories(work);
        Process process =
            new ProcessBuilder(base.command(tarball.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("mmdebstrap-" + base.name() + ".log").toFile())
                .start();
        if (process.waitFor() != 0) {
          throw new StackException(
              "mmdebstrap failed for "
                  + base.image()
                  + " (apt-get install mmdebstrap; log: "
                  + work.resolve("mmdebstrap-" + base.name() + ".log")
                  + ")");
        }
        podman.check(
            List.of(
                "import",
                "--change",
                "LABEL " + RECIPE_LABEL + "=" + digest,
                tarball.toString(),
                base.image()));
      } catch (IOException e) {
        throw new StackException("cannot run mmdebstrap (apt-get install mmdebstrap): " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackException("interrupted while making " + base.image(), e);
      } finally {
        Staging.deleteQuietly(tarball);
      }
      out.printf("base image %s: made in %.0f s%n", base.image(), seconds(start));
    }
  }

  /**
   * The local Open Liberty base: the runtime minified to the features the servers use, on the Java
   * base. Rebuilt when a server's configuration, the runtime or the recipe changes.
   */
  void ensureLibertyBase(String image, Path libertyHome) {
    LibertyBaseContext context = new LibertyBaseContext(root, libertyHome, work.resolve("liberty"));
    String digest =
        Staging.digest(
            context.recipe()
                + "\n"
                + imageId(DebianBase.JRE.image())
                + "\n"
                + Staging.read(root.resolve("deploy/local/liberty/Containerfile")));
    if (digest.equals(recipeOf(image))) {
      return;
    }
    out.println("base image " + image + ": Open Liberty minified to the servers' features ...");
    long start = System.nanoTime();
    Path dir = context.stage();
    build(
        image,
        dir,
        root.resolve("deploy/local/liberty/Containerfile"),
        List.of("JRE_IMAGE=" + DebianBase.JRE.image()),
        List.of(RECIPE_LABEL + "=" + digest));
    out.printf("base image %s: made in %.0f s%n", image, seconds(start));
  }

  /**
   * {@code podman build} (layers cached: only what changed is rebuilt), Docker format
   * (HEALTHCHECK).
   */
  void build(String image, Path context, Path file, List<String> args, List<String> labels) {
    List<String> command = new ArrayList<>();
    command.addAll(List.of("build", "--format", "docker", "--network", "host", "--layers"));
    command.addAll(List.of("-f", file.toString(), "-t", image));
    args.forEach(arg -> command.addAll(List.of("--build-arg", arg)));
    labels.forEach(label -> command.addAll(List.of("--label", label)));
    command.add(context.toString());
    String before = imageId(image);
    Podman.Result result = podman.stream(command, out);
    if (!result.ok()) {
      List<String> lines = result.out().lines().toList();
      lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(out::println);
      throw new StackException("the image " + image + " did not build (see above)");
    }
    // The image the tag named before is left without a name; removed unless a container uses it.
    if (!before.isEmpty() && !before.equals(imageId(image))) {
      podman.run(List.of("rmi", before));
    }
  }

  /** The image's id, or "" when there is none. */
  String imageId(String image) {
    Podman.Result result = podman.run(List.of("image", "inspect", "--format", "{{.Id}}", image));
    return result.ok() ? result.firstLine() : "";
  }

  private String recipeOf(String image) {
    Podman.Result result =
        podman.run(
            List.of(
                "image",
                "inspect",
                "--format",
                "{{index .Labels \"" + RECIPE_LABEL + "\"}}",
                image));
    return result.ok() ? result.firstLine() : "";
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
