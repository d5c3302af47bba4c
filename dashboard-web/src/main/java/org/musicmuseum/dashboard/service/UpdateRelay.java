package org.musicmuseum.dashboard.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.musicmuseum.dashboard.config.DashboardConfig;
import org.musicmuseum.dashboard.domain.FeedState;
import org.musicmuseum.dashboard.domain.LatestUpdates;
import org.musicmuseum.dashboard.domain.Update;
import org.musicmuseum.kit.sse.SseFanOut;
import org.musicmuseum.kit.sse.SseFanOut.Message;

/**
 * Relays every update of the topic to every connected page ({@code GET /api/updates}): a new page
 * first gets the feed's state and the latest of each kind; every page gets a {@code feed} event
 * each heartbeat, and at once when the feed goes live or silent.
 */
@ApplicationScoped
public class UpdateRelay {

  /** The name of the SSE event that says whether updates are arriving. */
  public static final String FEED = "feed";

  private static final Logger LOG = Logger.getLogger(UpdateRelay.class.getName());
  private static final int MAX_PENDING = 200;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DashboardConfig config;

  private final Clock clock = Clock.systemUTC();
  private SseFanOut fanOut;
  private LatestUpdates latest;
  private ScheduledFuture<?> heartbeat;
  private boolean wasLive;

  @PostConstruct
  void init() {
    fanOut = new SseFanOut(executor, MAX_PENDING);
    latest = new LatestUpdates(config.staleAfter());
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    long every = config.heartbeat().toMillis();
    heartbeat = scheduler.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /** A message of the updates topic; one that is not an update is logged and dropped. */
  public void accept(String message) {
    Update.parse(message)
        .ifPresentOrElse(
            this::relay, () -> LOG.warning(() -> "Not an update, dropped: " + abbreviate(message)));
  }

  private synchronized void relay(Update update) {
    Instant now = clock.instant();
    FeedState before = latest.feed(now, config.heartbeat());
    latest.received(update, now);
    FeedState after = latest.feed(now, config.heartbeat());
    wasLive = true;
    if (!after.kinds().equals(before.kinds()) || after.live() != before.live()) {
      fanOut.publish(Message.json(FEED, after)); // live again: the pages stop polling at once
    }
    fanOut.publish(Message.text(update.kind().wireName(), update.data()));
  }

  /** Sends the feed's state and the latest of each kind to {@code sink}, then every update. */
  public synchronized void subscribe(SseEventSink sink, Sse sse) {
    List<Message> first = new ArrayList<>();
    first.add(feedMessage(clock.instant()));
    latest.replay().forEach(u -> first.add(Message.text(u.kind().wireName(), u.data())));
    fanOut.subscribe(sink, sse, first);
  }

  /** How many pages are connected. */
  public int subscribers() {
    return fanOut.subscribers();
  }

  /** Whether updates are arriving. */
  public boolean live() {
    return latest.live(clock.instant());
  }

  private synchronized void beat() {
    Instant now = clock.instant();
    if (wasLive && !latest.live(now)) {
      LOG.warning(
          () ->
              "No update for "
                  + config.staleAfter().toSeconds()
                  + " s: the pages poll until updates arrive again");
    }
    wasLive = latest.live(now);
    fanOut.publish(feedMessage(now));
  }

  private Message feedMessage(Instant now) {
    return Message.json(FEED, latest.feed(now, config.heartbeat()));
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  @PreDestroy
  void stop() {
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
    fanOut.close();
  }
}
