package org.musicmuseum.kit.sse;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicmuseum.kit.http.Problems;

/**
 * One {@link SseBroadcaster} for every client of a stream. Events go out in order on {@code
 * executor}, so a slow client never holds up the publisher; past {@code maxPending} events not yet
 * sent, new ones are dropped (and logged). A client whose connection fails is closed and dropped.
 */
public final class SseFanOut {

  /** An event to send: its name and its data, JSON ({@link #json}) or text already JSON. */
  public record Message(String name, Object data, MediaType type) {

    /** {@code data} written as JSON by JSON-B. */
    public static Message json(String name, Object data) {
      return new Message(name, data, MediaType.APPLICATION_JSON_TYPE);
    }

    /** {@code text} sent as it is (e.g. JSON received from elsewhere). */
    public static Message text(String name, String text) {
      return new Message(name, text, MediaType.TEXT_PLAIN_TYPE);
    }
  }

  private static final Logger LOG = Logger.getLogger(SseFanOut.class.getName());

  private final Executor executor;
  private final int maxPending;
  private final AtomicInteger subscribers = new AtomicInteger();
  private final AtomicInteger pending = new AtomicInteger();
  private Sse sse;
  private SseBroadcaster broadcaster;
  private CompletableFuture<?> queue = CompletableFuture.completedFuture(null);
  private boolean closed;

  public SseFanOut(Executor executor, int maxPending) {
    this.executor = executor;
    this.maxPending = maxPending;
  }

  /** Sends {@code first} to a new client, then adds it to the broadcast. */
  public synchronized void subscribe(SseEventSink sink, Sse sse, List<Message> first) {
    if (closed) {
      throw new WebApplicationException(Problems.unavailable(5, "The server is stopping."));
    }
    if (broadcaster == null) {
      this.sse = sse;
      broadcaster = sse.newBroadcaster();
      broadcaster.onError((failed, error) -> failed.close());
      broadcaster.onClose(gone -> subscribers.decrementAndGet());
    }
    first.forEach(message -> sink.send(event(message)));
    broadcaster.register(sink);
    subscribers.incrementAndGet();
  }

  /** How many clients are connected. */
  public int subscribers() {
    return subscribers.get();
  }

  /** Sends {@code message} to every client connected now. */
  public synchronized void publish(Message message) {
    if (closed || broadcaster == null || subscribers.get() == 0) {
      return;
    }
    if (pending.get() >= maxPending) {
      LOG.warning(() -> "Dropping a " + message.name() + " event: clients are not keeping up");
      return;
    }
    OutboundSseEvent event = event(message);
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

  private OutboundSseEvent event(Message message) {
    return sse.newEventBuilder()
        .name(message.name())
        .mediaType(message.type())
        .data(message.data().getClass(), message.data())
        .build();
  }

  /** Ends every client's stream; later clients are refused. */
  public synchronized void close() {
    if (!closed && broadcaster != null) {
      broadcaster.close();
    }
    closed = true;
  }
}
