package org.musicmuseum.console.panel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.musicmuseum.console.model.StatusChange;

/**
 * The status changes the console has seen since it started, newest first and bounded. A service
 * seen for the first time is logged as coming from {@value #NOT_SEEN}.
 */
public final class ChangeLog {

  public static final String NOT_SEEN = "—";
  private final int capacity;
  private final Map<String, String> last = new HashMap<>();
  private final ObservableList<StatusChange> entries = FXCollections.observableArrayList();
  private final ObservableList<StatusChange> view =
      FXCollections.unmodifiableObservableList(entries);

  public ChangeLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /** Records that {@code service} has {@code status} now; logs it if that is a change. */
  void observe(Instant at, String service, String status, String detail) {
    String before = last.put(service, status);
    if (status.equals(before)) {
      return;
    }
    entries.add(
        0, new StatusChange(at, service, before == null ? NOT_SEEN : before, status, detail));
    if (entries.size() > capacity) {
      entries.remove(capacity, entries.size());
    }
  }

  /** The changes, newest first (read-only view). */
  public ObservableList<StatusChange> entries() {
    return view;
  }
}
