// The live updates of the dashboard server (GET api/updates, server-sent events): the statistics
// and the statuses as they change. A `feed` event says whether updates are arriving, and which
// kinds of them; while a kind is not arriving, or the stream is down, its panel polls. The stream
// reconnects by itself.

const WATCHDOG_BEATS = 3;

export class UpdateStream {
  /**
   * `handlers`: a function per kind of update (stats, status, change), given its data.
   * `onLive(live, kinds)`: told when the updates become live or stop being live, or when one kind
   * does: `kinds` has each handler's kind, true while that kind is pushed (a kind the feed does not
   * mention follows `live`).
   */
  constructor(handlers, onLive, retryMs) {
    this.handlers = handlers;
    this.onLive = onLive;
    this.retryMs = retryMs;
    this.live = false;
    this.shown = null;
    this.source = null;
    this.watchdog = null;
  }

  start() {
    if (typeof EventSource !== 'function') {
      this.onLive(false);
      return;
    }
    this.connect();
  }

  connect() {
    const source = new EventSource('api/updates');
    this.source = source;
    source.addEventListener('feed', (e) => this.feed(JSON.parse(e.data)));
    Object.entries(this.handlers).forEach(([kind, handle]) => {
      source.addEventListener(kind, (e) => {
        if (this.live) {
          handle(JSON.parse(e.data));
        }
      });
    });
    source.addEventListener('error', () => {
      this.setLive(false);
      if (source.readyState === EventSource.CLOSED) {
        this.reconnectLater();
      }
    });
  }

  feed(state) {
    this.setLive(state.live, state.kinds ?? {});
    clearTimeout(this.watchdog);
    // A stream that goes quiet without an error (a proxy holding it) is given up and opened again.
    this.watchdog = setTimeout(() => {
      this.setLive(false);
      this.source.close();
      this.reconnectLater();
    }, WATCHDOG_BEATS * state.heartbeat_ms);
  }

  reconnectLater() {
    clearTimeout(this.watchdog);
    setTimeout(() => this.connect(), this.retryMs);
  }

  setLive(live, kinds = {}) {
    const each = Object.fromEntries(
      Object.keys(this.handlers).map((kind) => [kind, live && kinds[kind] !== false]),
    );
    const shown = JSON.stringify([live, each]);
    if (shown !== this.shown) {
      this.shown = shown;
      this.live = live;
      this.onLive(live, each);
    }
  }
}
