// What the Pipeline panel shows of each item of GET /healthcheck/pipeline: the figure (and its raw
// value for data-value), the line under it, when it was read, and whether that read is stale.
// Plain functions of the JSON, without the DOM, so that node can check them.

import { formatCount, formatMinutes, formatSeconds, formatTime } from './format.js';

const rate = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const changed = (item) =>
  item.changed_at ? `changed ${formatTime(item.changed_at)}` : 'unchanged since health started';

/**
 * The panel's items: the key in the answer, the figure's element id, its value and text, the
 * line under it (element `subId`, else `<figure>-sub`; its data-value `subValue`, if any).
 */
export const ITEMS = [
  {
    key: 'ingest',
    figure: 'pipeline-rate',
    value: (item) => item.per_second,
    text: (v) => `${rate.format(v)} /s`,
    subId: 'pipeline-accepted',
    subValue: (item) => item.accepted_total,
    sub: (item) => `${formatCount(item.accepted_total)} accepted in all`,
  },
  {
    key: 'storage_lag',
    figure: 'pipeline-lag',
    value: (item) => item.events,
    text: (v) => formatCount(v),
    sub: (item) => `events behind${item.partitions ? ` in ${item.partitions} partitions` : ''}`,
  },
  {
    key: 'freshness',
    figure: 'pipeline-freshness',
    value: (item) => item.seconds,
    text: (v) => formatMinutes(v) || formatSeconds(Math.round(v * 10) / 10),
    sub: (item) => (item.seconds === null ? 'nothing counted yet' : 'age of the newest counted event'),
  },
  {
    key: 'quarantined',
    figure: 'pipeline-quarantined',
    value: (item) => item.count,
    text: (v) => formatCount(v),
    sub: changed,
  },
  {
    key: 'skipped',
    figure: 'pipeline-skipped',
    value: (item) => item.count,
    text: (v) => formatCount(v),
    sub: changed,
  },
];

/**
 * How one item looks: `state` is 'ok', 'stale' (the latest read failed: its `error` is shown
 * with the last good value) or 'waiting' (no good read yet).
 */
export function describe(spec, item) {
  const read = item ?? {};
  const raw = read.at ? spec.value(read) : null;
  const hasValue = raw !== null && raw !== undefined && Number.isFinite(Number(raw));
  let state = 'ok';
  if (read.error) {
    state = 'stale';
  } else if (!read.at) {
    state = 'waiting';
  }
  const subValue = read.at && spec.subValue ? spec.subValue(read) : null;
  return {
    state,
    text: hasValue ? spec.text(Number(raw)) : '–',
    value: hasValue ? raw : '',
    sub: read.at ? spec.sub(read) : 'not read yet',
    subValue: subValue ?? '',
    at: read.at ? `as of ${formatTime(read.at)}` : '',
    atValue: read.at ?? '',
    error: read.error ? `Stale: ${read.error}` : '',
  };
}
