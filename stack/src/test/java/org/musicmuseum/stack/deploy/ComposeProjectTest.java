package org.musicmuseum.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeProjectTest {

  @TempDir Path dir;

  private ComposeProject load(String base, String override, Map<String, String> env)
      throws IOException {
    Path a = Files.writeString(dir.resolve("compose.yaml"), base);
    Path b = Files.writeString(dir.resolve("override.yaml"), override);
    return ComposeProject.load(List.of(a, b), env, Optional.empty());
  }

  @Test
  void theOverrideMergesMapsReplacesValuesAndMountsByTarget() throws IOException {
    ComposeProject project =
        load(
            """
            name: demo
            x-env: &env
              A: "1"
              B: "2"
            services:
              web:
                image: web:1
                command: ["serve"]
                environment:
                  <<: *env
                volumes: ["data:/data", "./conf:/etc/conf:ro"]
            volumes:
              data:
            """,
            """
            services:
              web:
                command: ["serve", "--port=${PORT:-80}"]
                environment:
                  B: "3"
                volumes: ["${CONF}:/etc/conf:ro"]
            """,
            Map.of("CONF", "/tmp/conf"));

    ServiceDef web = project.service("web");
    assertThat(project.name()).isEqualTo("demo");
    assertThat(web.image()).isEqualTo("web:1");
    assertThat(web.command()).containsExactly("serve", "--port=80");
    assertThat(web.environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "3"));
    assertThat(web.volumes()).containsExactly("data:/data", "/tmp/conf:/etc/conf:ro");
    assertThat(project.volumes()).containsExactly("data");
  }

  @Test
  void listensKnowTheVariableThatMovesThemAndProfilesAreLeftOut() throws IOException {
    ComposeProject project =
        load(
            """
            services:
              db:
                image: db
                x-listens: ["${DB_PORT:-3306}"]
                depends_on: [cache]
              cache:
                image: cache
              monitor:
                image: mon
                profiles: [monitoring]
            """,
            "services: {}\n",
            Map.of("DB_PORT", "4000"));

    assertThat(project.service("db").listens())
        .containsExactly(new ServiceDef.Listen(4000, "DB_PORT"));
    assertThat(project.service("db").dependsOn())
        .containsExactly(Map.entry("cache", "service_started"));
    assertThat(project.services()).extracting(ServiceDef::name).containsExactly("db", "cache");
  }
}
