package org.musicmuseum.stack.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.musicmuseum.stack.ServiceSpec;
import org.musicmuseum.stack.StackException;
import org.musicmuseum.stack.StackLayout;
import org.musicmuseum.stack.liberty.LibertyServer;

/** A service WAR in its own Liberty server, instance under {@code liberty/<name>/}. */
final class ServiceComponent implements Component {

  private final ServiceSpec spec;
  private final StackLayout layout;
  private final int port;
  private final RunState state;
  private final Supplier<Map<String, String>> env;

  ServiceComponent(
      ServiceSpec spec,
      StackLayout layout,
      int port,
      RunState state,
      Supplier<Map<String, String>> env) {
    this.spec = spec;
    this.layout = layout;
    this.port = port;
    this.state = state;
    this.env = env;
  }

  ServiceSpec spec() {
    return spec;
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public List<PortClaim> claims() {
    return List.of(new PortClaim(spec.name(), port, spec.portEnv()));
  }

  @Override
  public boolean isRunning() {
    return server(Map.of()).isRunning();
  }

  @Override
  public boolean isReady() {
    return server(Map.of()).isReady();
  }

  @Override
  public OptionalLong pid() {
    LibertyServer server = server(Map.of());
    return server.isRunning() ? server.pid() : OptionalLong.empty();
  }

  @Override
  public void start() {
    Path war = layout.warFile(spec);
    if (!Files.isRegularFile(war)) {
      throw new StackException(
          layout.root().relativize(war)
              + " is missing; build it first: ./mvnw -DskipTests install");
    }
    LibertyServer server = server(env.get());
    server.prepare(layout.configDir(spec), war, layout.sharedConfigDir());
    server.start();
    server.pid().ifPresent(pid -> state.recordPid(spec.name(), pid));
    state.recordPort(spec.name(), port);
  }

  @Override
  public void awaitReady(Duration timeout) {
    server(Map.of()).awaitReady(timeout);
  }

  @Override
  public void stop() {
    server(Map.of()).stop(layout.warFile(spec));
    state.clear(spec.name());
  }

  @Override
  public void kill() {
    server(Map.of()).kill();
  }

  @Override
  public List<Path> logs() {
    LibertyServer server = server(Map.of());
    return List.of(server.logFile(), server.consoleLog());
  }

  private LibertyServer server(Map<String, String> serverEnv) {
    return new LibertyServer(
        layout.libertyHome(),
        spec.name(),
        layout.libertyUserDir(spec.name()),
        layout.serviceLogDir(spec.name()),
        port,
        serverEnv);
  }
}
