package org.musicmuseum.stack.launcher;

import java.util.List;
import java.util.Set;
import org.musicmuseum.stack.StackException;

/**
 * What the commands that join a running stack ({@code dev}, {@code load}) ask of it: which parts
 * are ready and on which port, with the states {@code museum status} shows.
 */
final class RunningStack {

  private static final Set<String> READY_STATES = Set.of("running, ready", "external, reachable");

  private final StackControl control;

  RunningStack(StackControl control) {
    this.control = control;
  }

  StackControl control() {
    return control;
  }

  /** Fails with the part's state unless Kafka and the DB are ready. */
  void requireInfrastructure() {
    for (Component part : List.of(control.kafka(), control.db())) {
      String state = state(part);
      if (!READY_STATES.contains(state)) {
        throw new StackException(
            "the stack is not up (" + part.name() + ": " + state + "); start it with ./museum up");
      }
    }
  }

  /** The port of a ready service, else a failure naming its state. */
  int readyPort(String service) {
    Component part = control.service(service);
    String state = state(part);
    if (!READY_STATES.contains(state)) {
      throw new StackException(
          "the "
              + service
              + " is not up ("
              + service
              + ": "
              + state
              + "); start the stack with ./museum up");
    }
    return part.port();
  }

  /** The names of the services that are running and ready. */
  List<String> readyServices() {
    return control.all().stream()
        .filter(ServiceComponent.class::isInstance)
        .filter(c -> READY_STATES.contains(state(c)))
        .map(Component::name)
        .toList();
  }

  private static String state(Component part) {
    return Report.status(part).state();
  }
}
