package org.musicmuseum.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTest {

  @Test
  void theTableHasTheDesignDefaults() {
    assertThat(Services.ALL)
        .extracting(ServiceSpec::name)
        .containsExactly("receiver", "storage", "processing", "health", "audit", "dashboard");
    assertThat(Services.byName("receiver").defaultPort()).isEqualTo(8080);
    assertThat(Services.byName("storage").defaultPort()).isEqualTo(8090);
    assertThat(Services.byName("processing").defaultPort()).isEqualTo(8100);
    assertThat(Services.byName("health").defaultPort()).isEqualTo(8120);
    assertThat(Services.byName("audit").defaultPort()).isEqualTo(8200);
    assertThat(Services.byName("dashboard").defaultPort()).isEqualTo(3000);
    assertThat(Services.ALL).extracting(ServiceSpec::defaultPort).doesNotHaveDuplicates();
    assertThat(Services.ALL).extracting(ServiceSpec::portEnv).doesNotHaveDuplicates();
  }

  @Test
  void urlsAndVariablesFollowTheName() {
    ServiceSpec storage = Services.byName("storage");
    assertThat(storage.portEnv()).isEqualTo("STORAGE_PORT");
    assertThat(storage.urlEnv()).isEqualTo("STORAGE_URL");
    assertThat(storage.baseUrl(8090)).isEqualTo("http://localhost:8090/storage");
    assertThat(Services.byName("dashboard").baseUrl(3000)).isEqualTo("http://localhost:3000");
  }

  @Test
  void aReplicaRunsTheSameWarUnderItsOwnName() {
    ServiceSpec receiver = Services.byName("receiver");
    ServiceSpec second = receiver.replica(2);

    assertThat(second.name()).isEqualTo("receiver-2");
    assertThat(second.war()).isEqualTo("receiver");
    assertThat(second.moduleDir()).isEqualTo("receiver-war");
    assertThat(second.isReplica()).isTrue();
    assertThat(receiver.isReplica()).isFalse();
    assertThat(new StackLayout(Path.of("/p"), Path.of("/h"), Path.of("/w")).warFile(second))
        .isEqualTo(Path.of("/p/receiver-war/target/receiver.war"));
    assertThatThrownBy(() -> receiver.replica(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownServiceIsNamedInTheError() {
    assertThatThrownBy(() -> Services.byName("nope"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("receiver");
  }

  @Test
  void onlyServicesWithAModuleDirectoryAreAvailable(@TempDir Path root) throws IOException {
    assertThat(Services.available(root)).isEmpty();

    Files.createDirectories(root.resolve("storage-war"));
    Files.createDirectories(root.resolve("receiver-war"));

    assertThat(Services.available(root))
        .extracting(ServiceSpec::name)
        .containsExactly("receiver", "storage");
  }
}
