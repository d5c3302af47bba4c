package org.musicmuseum.console.panel;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One step of an event's timeline (accepted, in Kafka, stored, counted): whether the event has
 * reached it, when, and where (or, while pending, why).
 */
public final class TraceStep {

  private final String name;
  private final String label;
  private final ReadOnlyBooleanWrapper reached = new ReadOnlyBooleanWrapper(this, "reached");
  private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper(this, "time", "–");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

  TraceStep(String name, String label) {
    this.name = name;
    this.label = label;
  }

  void show(boolean done, Optional<Instant> at, String where) {
    reached.set(done);
    time.set(done ? Formats.time(at) : "pending");
    detail.set(where);
  }

  void clear() {
    reached.set(false);
    time.set("–");
    detail.set("");
  }

  /** The step's name in ids, e.g. {@code kafka}. */
  public String name() {
    return name;
  }

  /** Its caption on screen, e.g. {@code In Kafka}. */
  public String label() {
    return label;
  }

  public ReadOnlyBooleanProperty reachedProperty() {
    return reached.getReadOnlyProperty();
  }

  /** When the event reached the step; {@code pending} while it has not. */
  public ReadOnlyStringProperty timeProperty() {
    return time.getReadOnlyProperty();
  }

  /** Where it is at this step (partition and offset, table and row, run), or why it is pending. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }
}
