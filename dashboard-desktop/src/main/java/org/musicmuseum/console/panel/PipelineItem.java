package org.musicmuseum.console.panel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.musicmuseum.console.model.PipelineReport.Reading;

/**
 * One figure of the pipeline panel: its value, a note with its time, and, when the health service's
 * latest read of it failed, why (the value is then that of the last good read).
 */
public final class PipelineItem {

  private final String name;
  private final String label;
  private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "–");
  private final ReadOnlyStringWrapper note =
      new ReadOnlyStringWrapper(this, "note", "not read yet");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);

  PipelineItem(String name, String label) {
    this.name = name;
    this.label = label;
  }

  /** Shows {@code shown} with {@code details} and the time of the reading. */
  void show(Reading reading, String shown, String details) {
    value.set(reading.at().isPresent() ? shown : "–");
    String read = reading.at().map(t -> "read " + Formats.time(t)).orElse("not read yet");
    note.set(details.isEmpty() || reading.at().isEmpty() ? read : details + " · " + read);
    error.set(
        reading
            .error()
            .map(e -> (reading.at().isPresent() ? "Stale: " : "Not read yet: ") + e)
            .orElse(""));
    stale.set(reading.stale() && reading.at().isPresent());
  }

  /** The item's name in ids, e.g. {@code storage-lag}. */
  public String name() {
    return name;
  }

  /** Its caption on screen, e.g. {@code Storage lag}. */
  public String label() {
    return label;
  }

  public ReadOnlyStringProperty valueProperty() {
    return value.getReadOnlyProperty();
  }

  /** What the value means, and when it was read (and changed). */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** Why the latest read of the item failed; empty when it worked. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Whether the value is that of an earlier read. */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }
}
