// The steps of an event's timeline from GET /audit_log/trace/{trace_id}: accepted → in Kafka →
// stored → counted, each reached or pending, with its time, where it is, how long the hop to it
// took and the reason the audit service gives. Plain functions of the JSON, checked by node.

import { formatCount } from './format.js';

const seconds = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 120 → "+120 ms", 2500 → "+2.5 s"; '' when unknown. */
export function formatHop(ms) {
  if (ms === null || ms === undefined) {
    return '';
  }
  return Math.abs(ms) < 1000 ? `+${ms} ms` : `+${seconds.format(ms / 1000)} s`;
}

function kafkaStep(answer) {
  const kafka = answer.kafka ?? {};
  const where = kafka.partition ?? null;
  let detail = '';
  if (kafka.found && where !== null) {
    detail = `partition ${where}${kafka.offset === null || kafka.offset === undefined ? '' : `, offset ${formatCount(kafka.offset)}`}`;
  }
  return {
    key: 'kafka', label: 'In Kafka', reached: Boolean(kafka.found), at: kafka.timestamp ?? null,
    detail, hop: formatHop(answer.hops?.accepted_to_kafka_ms), reason: kafka.reason ?? '',
  };
}

function storedStep(answer) {
  const stored = answer.stored ?? {};
  const reached = stored.status === 'stored';
  const pending = stored.status === 'not_stored' ? 'not stored yet' : '';
  return {
    key: 'stored', label: 'Stored', reached, at: stored.at ?? null,
    detail: reached ? `${stored.table}, row ${formatCount(stored.row_id)}` : '',
    hop: formatHop(answer.hops?.kafka_to_stored_ms), reason: stored.reason ?? pending,
  };
}

function countedStep(answer) {
  const counted = answer.counted ?? {};
  const reached = counted.status === 'counted';
  const pending = counted.status === 'not_counted' ? 'not counted yet' : '';
  return {
    key: 'counted', label: 'Counted', reached, at: counted.at ?? null,
    detail: reached && counted.run !== null && counted.run !== undefined ? `run ${formatCount(counted.run)}` : '',
    hop: formatHop(answer.hops?.stored_to_counted_ms), reason: counted.reason ?? pending,
  };
}

/** The four steps, in order. */
export function timeline(answer) {
  return [
    {
      key: 'accepted', label: 'Accepted', reached: Boolean(answer.accepted_at), at: answer.accepted_at ?? null,
      detail: '', hop: '', reason: answer.accepted_at ? '' : 'the time of acceptance is not known',
    },
    kafkaStep(answer),
    storedStep(answer),
    countedStep(answer),
  ];
}
