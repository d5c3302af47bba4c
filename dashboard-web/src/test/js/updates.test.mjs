// node --test dashboard-web/src/test/js: the live updates stream and when the page polls instead.
import assert from 'node:assert/strict';
import test from 'node:test';
import { UpdateStream } from '../../main/webapp/js/updates.js';

/** An EventSource that the test drives: emit(name, data), fail(closed). */
class FakeSource {
  static CLOSED = 2;
  static opened = [];

  constructor(url) {
    this.url = url;
    this.readyState = 1;
    this.listeners = {};
    FakeSource.opened.push(this);
  }

  addEventListener(name, listener) {
    (this.listeners[name] ??= []).push(listener);
  }

  emit(name, data) {
    (this.listeners[name] ?? []).forEach((l) => l({ data: JSON.stringify(data) }));
  }

  fail(closed) {
    this.readyState = closed ? FakeSource.CLOSED : 0;
    (this.listeners.error ?? []).forEach((l) => l({}));
  }

  close() {
    this.readyState = FakeSource.CLOSED;
  }
}

function started(t) {
  FakeSource.opened = [];
  globalThis.EventSource = FakeSource;
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const seen = { live: [], kinds: [], stats: [], status: [] };
  const stream = new UpdateStream(
    { stats: (d) => seen.stats.push(d), status: (d) => seen.status.push(d) },
    (live, kinds) => {
      seen.live.push(live);
      seen.kinds.push(kinds);
    },
    5000,
  );
  stream.start();
  return { seen, source: () => FakeSource.opened.at(-1) };
}

test('updates are shown once the feed says it is live, and only then', (t) => {
  const { seen, source } = started(t);
  assert.equal(source().url, 'api/updates');
  source().emit('stats', { num_album_events: 1 });
  source().emit('feed', { live: true, heartbeat_ms: 2000 });
  source().emit('stats', { num_album_events: 2 });
  source().emit('status', { services: {} });
  assert.deepEqual(seen.live, [true]);
  assert.deepEqual(seen.stats, [{ num_album_events: 2 }]);
  assert.equal(seen.status.length, 1);
});

test('a feed that is not live, or an error, makes the page poll; live again stops it', (t) => {
  const { seen, source } = started(t);
  source().emit('feed', { live: true, heartbeat_ms: 2000 });
  source().emit('feed', { live: false, heartbeat_ms: 2000 });
  source().emit('stats', { num_album_events: 3 });
  source().emit('feed', { live: true, heartbeat_ms: 2000 });
  source().fail(false);
  assert.deepEqual(seen.live, [true, false, true, false]);
  assert.deepEqual(seen.stats, []);
});

test('a closed stream is opened again after the retry interval', (t) => {
  const { seen, source } = started(t);
  source().emit('feed', { live: true, heartbeat_ms: 2000 });
  source().fail(true);
  assert.equal(FakeSource.opened.length, 1);
  t.mock.timers.tick(5000);
  assert.equal(FakeSource.opened.length, 2);
  source().emit('feed', { live: true, heartbeat_ms: 2000 });
  assert.deepEqual(seen.live, [true, false, true]);
});

test('a stream silent for three heartbeats is given up and opened again', (t) => {
  const { seen, source } = started(t);
  source().emit('feed', { live: true, heartbeat_ms: 2000 });
  t.mock.timers.tick(5999);
  assert.deepEqual(seen.live, [true]);
  t.mock.timers.tick(1);
  assert.deepEqual(seen.live, [true, false]);
  assert.equal(FakeSource.opened[0].readyState, FakeSource.CLOSED);
  t.mock.timers.tick(5000);
  assert.equal(FakeSource.opened.length, 2);
});

test('a kind that is not arriving is polled while the others stay pushed', (t) => {
  const { seen, source } = started(t);
  source().emit('feed', { live: true, kinds: { stats: true, status: true }, heartbeat_ms: 2000 });
  source().emit('feed', { live: true, kinds: { stats: false, status: true }, heartbeat_ms: 2000 });
  source().emit('feed', { live: true, kinds: { stats: false, status: true }, heartbeat_ms: 2000 });
  source().emit('feed', { live: true, kinds: { stats: true, status: true }, heartbeat_ms: 2000 });
  assert.deepEqual(seen.kinds, [
    { stats: true, status: true },
    { stats: false, status: true },
    { stats: true, status: true },
  ]);
  assert.deepEqual(seen.live, [true, true, true]);
});
