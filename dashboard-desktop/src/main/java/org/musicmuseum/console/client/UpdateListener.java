package org.musicmuseum.console.client;

import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.Stats;

/** Told what the dashboard server's live updates say; called on a background thread. */
public interface UpdateListener {

  /** Whether the updates, and each kind of them, are arriving at the dashboard server. */
  void feed(Feed feed);

  /** What processing's {@code GET /stats} answers now. */
  void stats(Stats stats);

  /** What the health service's {@code GET /status} answers now. */
  void status(HealthReport report);

  /** The stream ended or could not be opened, for {@code why}; it is opened again later. */
  void down(String why);
}
