// node --test dashboard-web/src/test/js: what the Pipeline panel shows of each item.
import assert from 'node:assert/strict';
import test from 'node:test';
import { ITEMS, describe } from '../../main/webapp/js/pipeline-items.js';

const spec = (key) => ITEMS.find((item) => item.key === key);
const AT = '2026-12-05T22:01:02.345Z';

test('a good read shows the value, its raw figure and when it was read', () => {
  const view = describe(spec('storage_lag'), { events: 1200, group: 'storage', partitions: 2, at: AT, error: null });
  assert.equal(view.state, 'ok');
  assert.equal(view.text, '1,200');
  assert.equal(view.value, 1200);
  assert.equal(view.sub, 'events behind in 2 partitions');
  assert.match(view.at, /^as of /);
  assert.equal(view.atValue, AT);
  assert.equal(view.error, '');
});

test('a failed latest read keeps the last value and says it is stale, with the message', () => {
  const view = describe(spec('ingest'), {
    accepted_total: 1234, per_second: 12.5, window_seconds: 10, at: AT, error: 'receiver /metrics: connection refused',
  });
  assert.equal(view.state, 'stale');
  assert.equal(view.text, '12.5 /s');
  assert.equal(view.subValue, 1234);
  assert.equal(view.sub, '1,234 accepted in all');
  assert.equal(view.error, 'Stale: receiver /metrics: connection refused');
});

test('before the first good read nothing is shown but the error', () => {
  const view = describe(spec('freshness'), { seconds: null, at: null, error: 'processing /metrics: no answer' });
  assert.equal(view.state, 'stale');
  assert.equal(view.text, '–');
  assert.equal(view.value, '');
  assert.equal(view.sub, 'not read yet');
  assert.equal(view.at, '');
});

test('no item in the answer is waiting', () => {
  assert.equal(describe(spec('skipped'), undefined).state, 'waiting');
});

test('a rate of one read only and a freshness of nothing counted show a dash and say why', () => {
  const rate = describe(spec('ingest'), { accepted_total: 5, per_second: null, window_seconds: 10, at: AT, error: null });
  assert.equal(rate.text, '–');
  assert.equal(rate.subValue, 5);
  const freshness = describe(spec('freshness'), { seconds: null, at: AT, error: null });
  assert.equal(freshness.text, '–');
  assert.equal(freshness.sub, 'nothing counted yet');
});

test('freshness in seconds, and in minutes past one', () => {
  assert.equal(describe(spec('freshness'), { seconds: 1.84, at: AT, error: null }).text, '1.8 s');
  assert.equal(describe(spec('freshness'), { seconds: 90, at: AT, error: null }).text, '1 min 30 s');
});

test('quarantined and skipped say when the count last changed', () => {
  assert.equal(describe(spec('quarantined'), { count: 0, changed_at: null, at: AT, error: null }).sub,
    'unchanged since health started');
  assert.match(describe(spec('skipped'), { count: 3, changed_at: AT, at: AT, error: null }).sub, /^changed /);
});
