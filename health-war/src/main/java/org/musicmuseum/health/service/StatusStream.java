package org.musicmuseum.health.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.musicmuseum.events.UpdateKind;
import org.musicmuseum.health.domain.ChangeNotice;
import org.musicmuseum.health.domain.StatusReport;
import org.musicmuseum.kit.sse.SseFanOut;
import org.musicmuseum.kit.sse.SseFanOut.Message;

/**
 * The health service's own push stream ({@code GET /events}), for clients that talk to it directly;
 * the dashboards get the same reports from the updates topic. Events go out in order on a managed
 * thread, so a slow client never holds up the poller.
 */
@ApplicationScoped
public class StatusStream {

  private static final int MAX_PENDING = 100;

  @Resource ManagedExecutorService executor;

  private SseFanOut fanOut;

  @PostConstruct
  void init() {
    fanOut = new SseFanOut(executor, MAX_PENDING);
  }

  /** Sends {@code report} as the first event to a new client, then adds it to the broadcast. */
  public void subscribe(SseEventSink sink, Sse sse, StatusReport report) {
    fanOut.subscribe(sink, sse, List.of(Message.json(UpdateKind.STATUS.wireName(), report)));
  }

  /** How many clients are connected. */
  public int subscribers() {
    return fanOut.subscribers();
  }

  public void publishStatus(StatusReport report) {
    fanOut.publish(Message.json(UpdateKind.STATUS.wireName(), report));
  }

  public void publishChange(ChangeNotice notice) {
    fanOut.publish(Message.json(UpdateKind.CHANGE.wireName(), notice));
  }

  /** Ends every client's stream; later clients are refused. */
  @PreDestroy
  public void close() {
    fanOut.close();
  }
}
