package org.musicmuseum.console.panel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.musicmuseum.console.client.Feed;
import org.musicmuseum.console.client.UpdateListener;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.Stats;

/**
 * The live updates as the console uses them: while they are live, the statistics and statuses they
 * push go to their panels and those panels are not polled; when they stop, or one kind stops (its
 * publisher is away), those panels are polled at once and at every refresh. The indicator's
 * properties change on the FX thread only.
 */
public final class LiveUpdates implements UpdateListener {

  static final String CONNECTING = "Connecting…";
  static final String LIVE = "Live";
  static final String NOT_LIVE = "Not live · polling";

  private final StatsPresenter stats;
  private final StatusPresenter status;
  private final Executor fx;
  private final Runnable pollStats;
  private final Runnable pollStatus;
  private final AtomicReference<Feed> feed = new AtomicReference<>(Feed.all(false));
  private final ReadOnlyBooleanWrapper liveProperty = new ReadOnlyBooleanWrapper(this, "live");
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", CONNECTING);
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

  /**
   * @param fx where the panels are changed (the FX thread)
   * @param pollStats reads the statistics at once (when they stop being pushed)
   * @param pollStatus reads the statuses at once (likewise)
   */
  public LiveUpdates(
      StatsPresenter stats,
      StatusPresenter status,
      Executor fx,
      Runnable pollStats,
      Runnable pollStatus) {
    this.stats = stats;
    this.status = status;
    this.fx = fx;
    this.pollStats = pollStats;
    this.pollStatus = pollStatus;
  }

  /** Whether updates arrive (the indicator says Live). */
  public boolean isLive() {
    return feed.get().live();
  }

  /** Whether the statistics are pushed now (then they are not polled). */
  public boolean statsPushed() {
    return feed.get().statsPushed();
  }

  /** Whether the statuses are pushed now (then they are not polled). */
  public boolean statusPushed() {
    return feed.get().statusPushed();
  }

  @Override
  public void feed(Feed now) {
    if (now.live()) {
      fx.execute(() -> show(true, "Figures and statuses are pushed as they change."));
      follow(now);
    } else {
      stop("The dashboard server gets no updates (Kafka or the health service is away).");
    }
  }

  @Override
  public void stats(Stats pushed) {
    if (isLive()) {
      fx.execute(() -> stats.show(pushed));
    }
  }

  @Override
  public void status(HealthReport pushed) {
    if (isLive()) {
      fx.execute(() -> status.show(pushed));
    }
  }

  @Override
  public void down(String why) {
    stop(why);
  }

  private void stop(String why) {
    fx.execute(() -> show(false, why + " Reading the services every refresh meanwhile."));
    follow(Feed.all(false));
  }

  /** Polls at once each kind that was pushed and is no longer. */
  private void follow(Feed now) {
    Feed was = feed.getAndSet(now);
    if (was.statsPushed() && !now.statsPushed()) {
      pollStats.run();
    }
    if (was.statusPushed() && !now.statusPushed()) {
      pollStatus.run();
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
