package org.musicmuseum.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A project root with one tiny "receiver" service (a static WAR) for launcher and LocalStack tests.
 */
final class FakeProject {

  static final String PAGE = "hello from the museum test war";

  private FakeProject() {}

  static Path create(Path root) throws IOException {
    Path config = Files.createDirectories(root.resolve("receiver-war/src/main/liberty/config"));
    Files.writeString(
        config.resolve("server.xml"),
        """
                <server description="fake receiver">
                  <include location="${shared.config.dir}/test-base.xml"/>
                  <variable name="http.port" defaultValue="9080"/>
                  <webApplication id="receiver" location="receiver.war" contextRoot="/receiver"/>
                </server>
                """);
    Path shared = Files.createDirectories(root.resolve("liberty-config"));
    Files.writeString(
        shared.resolve("test-base.xml"),
        """
                <server>
                  <featureManager>
                    <feature>mpHealth-4.0</feature>
                    <feature>restfulWS-3.1</feature>
                  </featureManager>
                  <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="${http.port}" httpsPort="-1"/>
                </server>
                """);
    Path war = Files.createDirectories(root.resolve("receiver-war/target")).resolve("receiver.war");
    try (OutputStream file = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("index.html"));
      zip.write(PAGE.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return root;
  }
}
