package org.musicmuseum.console.panel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.musicmuseum.console.model.ServiceStatus;

/** One line of the status panel: a service, its status and when it was last checked. */
public final class ServiceRow {

  private final String name;
  private final String label;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Unknown");
  private final ReadOnlyStringWrapper checked =
      new ReadOnlyStringWrapper(this, "checked", "Not checked yet");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

  ServiceRow(String name, String label) {
    this.name = name;
    this.label = label;
  }

  void show(ServiceStatus state) {
    status.set(state.status());
    checked.set(
        state
            .lastCheck()
            .map(
                t ->
                    "Checked "
                        + Formats.time(t)
                        + state.since().map(s -> " · since " + Formats.time(s)).orElse(""))
            .orElse("Not checked yet"));
    detail.set(state.running() ? "" : state.detail());
  }

  /** The service's name in the health report, e.g. {@code storage}. */
  public String name() {
    return name;
  }

  /** How the service is called on screen, e.g. {@code Storage}. */
  public String label() {
    return label;
  }

  /** {@code Running}, {@code Degraded}, {@code Down} or {@code Unknown}. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** When it was last checked, and since when it has its status. */
  public ReadOnlyStringProperty checkedProperty() {
    return checked.getReadOnlyProperty();
  }

  /** Why it is not running; empty when it is. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }
}
