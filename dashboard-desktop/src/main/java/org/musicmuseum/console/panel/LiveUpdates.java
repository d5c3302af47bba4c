package org.musicmuseum.console.panel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.musicmuseum.console.client.UpdateListener;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.Stats;

/**
 * The live updates as the console uses them: while they are live, the statistics and statuses they
 * push go to their panels and those panels are not polled; when they stop, the panels are polled at
 * once and at every refresh. The indicator's properties change on the FX thread only.
 */
public final class LiveUpdates implements UpdateListener {

  static final String CONNECTING = "Connecting…";
  static final String LIVE = "Live";
  static final String NOT_LIVE = "Not live · polling";

  private final StatsPresenter stats;
  private final StatusPresenter status;
  private final Executor fx;
  private final Runnable pollNow;
  private final AtomicBoolean live = new AtomicBoolean();
  private final ReadOnlyBooleanWrapper liveProperty = new ReadOnlyBooleanWrapper(this, "live");
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", CONNECTING);
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

  /**
   * @param fx where the panels are changed (the FX thread)
   * @param pollNow reads the statistics and statuses at once (when the updates stop)
   */
  public LiveUpdates(StatsPresenter stats, StatusPresenter status, Executor fx, Runnable pollNow) {
    this.stats = stats;
    this.status = status;
    this.fx = fx;
    this.pollNow = pollNow;
  }

  /** Whether the statistics and statuses are pushed now (then they are not polled). */
  public boolean isLive() {
    return live.get();
  }

  @Override
  public void feed(boolean isLive) {
    if (isLive) {
      live.set(true);
      fx.execute(() -> show(true, "Figures and statuses are pushed as they change."));
    } else {
      stop("The dashboard server gets no updates (Kafka or the health service is away).");
    }
  }

  @Override
  public void stats(Stats pushed) {
    if (live.get()) {
      fx.execute(() -> stats.show(pushed));
    }
  }

  @Override
  public void status(HealthReport pushed) {
    if (live.get()) {
      fx.execute(() -> status.show(pushed));
    }
  }

  @Override
  public void down(String why) {
    stop(why);
  }

  private void stop(String why) {
    boolean was = live.getAndSet(false);
    fx.execute(() -> show(false, why + " Reading the services every refresh meanwhile."));
    if (was) {
      pollNow.run();
    }
  }

  private void show(boolean isLive, String why) {
    liveProperty.set(isLive);
    text.set(isLive ? LIVE : NOT_LIVE);
    detail.set(why);
  }

  public ReadOnlyBooleanProperty liveProperty() {
    return liveProperty.getReadOnlyProperty();
  }

  /** Connecting…, Live, or Not live · polling. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** Why it is (not) live, for a tooltip. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }
}
