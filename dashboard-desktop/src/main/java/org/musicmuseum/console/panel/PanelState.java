package org.musicmuseum.console.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether a panel's figures are current: its error message (empty when the last read worked) and
 * whether what it shows is stale. Changed on the FX thread only.
 */
public final class PanelState {

  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);
  private Optional<Instant> lastGood = Optional.empty();

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** When the last read that worked completed. */
  public Optional<Instant> lastGood() {
    return lastGood;
  }

  void ok(Instant now) {
    lastGood = Optional.of(now);
    error.set("");
    stale.set(false);
  }

  /** Shows {@code message}, says what is shown meanwhile and that the console keeps trying. */
  void fail(String message, Duration retry) {
    String shown =
        lastGood
            .map(t -> " Showing the figures read at " + Formats.time(t) + ".")
            .orElse(" The figures appear as soon as it answers.");
    error.set(message + shown + " Retrying every " + Formats.seconds(retry) + ".");
    stale.set(lastGood.isPresent());
  }

  /** An error the operator caused (e.g. a bad index): no retry is promised. */
  void reject(String message) {
    error.set(message);
  }
}
