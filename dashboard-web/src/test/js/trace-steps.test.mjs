// node --test dashboard-web/src/test/js: the timeline of GET /audit_log/trace/{trace_id}.
import assert from 'node:assert/strict';
import test from 'node:test';
import { formatHop, timeline } from '../../main/webapp/js/trace-steps.js';

const COUNTED = {
  trace_id: '0193a0b4-52c1-7d2e-9a41-3c5e8f10b7d4',
  state: 'counted',
  accepted_at: '2026-12-05T16:30:01.234Z',
  kafka: { searched: true, found: true, partition: 1, offset: 4711, timestamp: '2026-12-05T16:30:01.250Z', reason: null },
  stored: { status: 'stored', table: 'albums', row_id: 42, at: '2026-12-05T16:30:01.400Z', reason: null },
  counted: { status: 'counted', run: 17, at: '2026-12-05T16:30:02.900Z', reason: null },
  hops: { accepted_to_kafka_ms: 16, kafka_to_stored_ms: 150, stored_to_counted_ms: 1500 },
};

test('a counted event reaches every step, with where it is and how long each hop took', () => {
  const steps = timeline(COUNTED);
  assert.deepEqual(steps.map((s) => s.key), ['accepted', 'kafka', 'stored', 'counted']);
  assert.ok(steps.every((s) => s.reached));
  assert.equal(steps[1].detail, 'partition 1, offset 4,711');
  assert.equal(steps[1].hop, '+16 ms');
  assert.equal(steps[2].detail, 'albums, row 42');
  assert.equal(steps[3].detail, 'run 17');
  assert.equal(steps[3].hop, '+1.5 s');
});

test('an event storage has not stored yet is pending there with the reason', () => {
  const steps = timeline({
    ...COUNTED,
    state: 'in_kafka',
    stored: { status: 'unknown', table: null, row_id: null, at: null, reason: 'storage did not answer within 2 s' },
    counted: { status: 'not_counted', run: null, at: null, reason: null },
    hops: { accepted_to_kafka_ms: 16, kafka_to_stored_ms: null, stored_to_counted_ms: null },
  });
  assert.deepEqual(steps.map((s) => s.reached), [true, true, false, false]);
  assert.equal(steps[2].reason, 'storage did not answer within 2 s');
  assert.equal(steps[2].hop, '');
  assert.equal(steps[3].reason, 'not counted yet');
});

test('an id without time is found from storage alone, which the Kafka step says', () => {
  const steps = timeline({
    ...COUNTED,
    kafka: { searched: false, found: true, partition: 0, offset: 3, timestamp: null, reason: 'the trace id carries no time' },
  });
  assert.equal(steps[1].reached, true);
  assert.equal(steps[1].detail, 'partition 0, offset 3');
  assert.equal(steps[1].reason, 'the trace id carries no time');
});

test('hops under a second in ms, longer ones in s, unknown ones empty', () => {
  assert.equal(formatHop(0), '+0 ms');
  assert.equal(formatHop(2500), '+2.5 s');
  assert.equal(formatHop(null), '');
});
