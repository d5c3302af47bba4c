package org.musicmuseum.stack.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.Services;
import org.musicmuseum.stack.StackException;
import org.musicmuseum.stack.liberty.LibertyFiles;

/**
 * The build context of the local Open Liberty base: the build's runtime packaged with {@code server
 * package --include=minify} for a server that includes every configuration fragment and every
 * service's server.xml (both security profiles: no variable decides which features go in), so the
 * image holds exactly the features some server uses; plus the shared jvm.options of the local stack
 * and the features.sh / configure.sh of deploy/local/liberty.
 */
final class LibertyBaseContext {

  private final Path root;
  private final Path libertyHome;
  private final Path dir;

  LibertyBaseContext(Path root, Path libertyHome, Path dir) {
    this.root = root;
    this.libertyHome = libertyHome;
    this.dir = dir;
  }

  /**
   * Everything the image's content follows from, with paths relative to the project (a clone
   * elsewhere makes the same base).
   */
  String recipe() {
    StringBuilder recipe = new StringBuilder();
    for (Path file : configFiles()) {
      recipe.append(root.relativize(file)).append('\n').append(Staging.read(file)).append('\n');
    }
    recipe.append(Staging.read(libertyHome.resolve("lib/versions/openliberty.properties")));
    recipe.append(Staging.read(sharedJvmOptions()));
    for (String script : List.of("features.sh", "configure.sh")) {
      recipe.append(Staging.read(root.resolve("deploy/local/liberty").resolve(script)));
    }
    return recipe.toString();
  }

  /** Writes the context (wlp/, the scripts) and answers its directory. */
  Path stage() {
    if (!Files.isExecutable(libertyHome.resolve("bin/server"))) {
      throw new StackException(
          "no Open Liberty runtime at "
              + libertyHome
              + ": build first (./mvnw -DskipTests install)");
    }
    Staging.deleteQuietly(dir);
    try {
      Path user = dir.resolve("usr");
      Path server = user.resolve("servers/museum-image");
      Files.createDirectories(server);
      Files.createDirectories(user.resolve("shared/config"));
      Files.writeString(server.resolve("server.xml"), unionServer());
      Path archive = dir.resolve("wlp-minified.zip");
      ProcessBuilder packager =
          new ProcessBuilder(
                  libertyHome.resolve("bin/server").toString(),
                  "package",
                  "museum-image",
                  "--include=minify",
                  "--archive=" + archive)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("package.log").toFile());
      packager.environment().put("WLP_USER_DIR", user.toString());
      Process process = packager.start();
      if (process.waitFor() != 0) {
        throw new StackException(
            "server package --include=minify failed; log: " + dir.resolve("package.log"));
      }
      unzipRuntime(archive, dir);
      Files.delete(archive);
      Staging.deleteQuietly(user);
      Path shared = dir.resolve("wlp/usr/shared");
      Files.createDirectories(shared);
      Files.copy(
          sharedJvmOptions(), shared.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
      for (String script : List.of("features.sh", "configure.sh")) {
        Files.copy(
            root.resolve("deploy/local/liberty").resolve(script),
            dir.resolve(script),
            StandardCopyOption.REPLACE_EXISTING);
      }
      groupWritable(dir);
      for (String script : List.of("features.sh", "configure.sh")) {
        Files.setPosixFilePermissions(
            dir.resolve(script), PosixFilePermissions.fromString("rwxrwxr-x"));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the Liberty base in " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while packaging Liberty", e);
    }
  }

  /**
   * The image's user (1001, group 0) writes to the runtime as the official image's does: the modes
   * are set here, before COPY, because a chmod in the image would copy every file into a new layer.
   */
  private static void groupWritable(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.toList()) {
        boolean executable = Files.isDirectory(path) || Files.isExecutable(path);
        Files.setPosixFilePermissions(
            path, PosixFilePermissions.fromString(executable ? "rwxrwxr-x" : "rw-rw-r--"));
      }
    }
  }

  /** A server that includes every fragment and every service's server.xml by absolute path. */
  String unionServer() {
    StringBuilder xml = new StringBuilder("<server description=\"every museum feature\">\n");
    for (Path file : configFiles()) {
      xml.append("  <include location=\"").append(file).append("\"/>\n");
    }
    return xml.append("</server>\n").toString();
  }

  /** The JVM options the local stack's servers share (a HotSpot image, like this machine). */
  private Path sharedJvmOptions() {
    return root.resolve("liberty-config").resolve(LibertyFiles.SHARED_JVM_OPTIONS);
  }

  private List<Path> configFiles() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> fragments = Files.list(root.resolve("liberty-config"))) {
      fragments.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ServiceSpec service : Services.ALL) {
      Path server = root.resolve(service.moduleDir()).resolve("src/main/liberty/config/server.xml");
      if (Files.isRegularFile(server) && !files.contains(server)) {
        files.add(server);
      }
    }
    return files;
  }

  /** The archive's wlp/ without its usr/ (the packaging server and its copied configuration). */
  private static void unzipRuntime(Path archive, Path into) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (name.startsWith("wlp/usr/") || !name.startsWith("wlp/")) {
          continue;
        }
        Path target = into.resolve(name).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("entry outside the archive's directory: " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Path parent = target.getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          copy(zip, target);
        }
      }
    }
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    Path parent = target.getParent();
    if (parent != null && parent.endsWith("bin")) {
      target.toFile().setExecutable(true, false);
    }
  }
}
