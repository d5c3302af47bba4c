package org.musicmuseum.health.service;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.health.domain.ChangeNotice;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.kit.http.Problems;

/**
 * The push stream: one {@link SseBroadcaster} for every client. Events go out in order on a managed
 * thread, so a slow client never holds up the poller; a client whose connection fails is closed and
 * dropped.
 */
@ApplicationScoped
public class StatusStream {

  public static final String STATUS = "status";
  public static final String CHANGE = "change";
  private static final Logger LOG = Logger.getLogger(StatusStream.class.getName());
  private static final int MAX_PENDING = 100;

  @Resource ManagedExecutorService executor;

  private final AtomicInteger subscribers = new AtomicInteger();
  private final AtomicInteger pending = new AtomicInteger();
  private Sse sse;
  private SseBroadcaster broadcaster;
  private CompletableFuture<?> queue = CompletableFuture.completedFuture(null);
  private boolean closed;

  /** Sends {@code report} as the first event to a new client, then adds it to the broadcast. */
  public synchronized void subscribe(SseEventSink sink, Sse sse, StatusReport report) {
    if (closed) {
      throw new WebApplicationException(Problems.unavailable(5, "The server is stopping."));
    }
    if (broadcaster == null) {
      this.sse = sse;
      broadcaster = sse.newBroadcaster();
      broadcaster.onError((failed, error) -> failed.close());
      broadcaster.onClose(gone -> subscribers.decrementAndGet());
    }
    sink.send(event(STATUS, report));
    broadcaster.register(sink);
    subscribers.incrementAndGet();
  }

  /** How many clients are connected. */
  public int subscribers() {
    return subscribers.get();
  }

  public void publishStatus(StatusReport report) {
    publish(STATUS, report);
  }

  public void publishChange(ChangeNotice notice) {
    publish(CHANGE, notice);
  }

  private synchronized void publish(String name, Object data) {
    if (closed || broadcaster == null || subscribers.get() == 0) {
      return;
    }
    if (pending.get() >= MAX_PENDING) {
      LOG.warning(() -> "Dropping a " + name + " event: clients are not keeping up");
      return;
    }
    OutboundSseEvent event = event(name, data);
    SseBroadcaster target = broadcaster;
    pending.incrementAndGet();
    queue =
        queue
            .thenComposeAsync(done -> target.broadcast(event), executor)
            .handle(
                (done, error) -> {
                  pending.decrementAndGet();
                  if (error != null) {
                    LOG.log(Level.FINE, "Broadcast failed", error);
                  }
                  return null;
                });
  }

  private OutboundSseEvent event(String name, Object data) {
    return sse.newEventBuilder()
        .name(name)
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(data.getClass(), data)
        .build();
  }

  /** Ends every client's stream; later clients are refused. */
  @PreDestroy
  public synchronized void close() {
    if (!closed && broadcaster != null) {
      broadcaster.close();
    }
    closed = true;
  }
}
