// The audit view: the N-th album or single of the Kafka log, with its partition and offset.
// A random index is shown first, as in the original dashboard; the index can be edited.

import { getJson, repeat } from './api.js';
import { formatCount, formatTime } from './format.js';
import { renderJson } from './json-view.js';
import { Panel, element, setText } from './panel.js';

const NAMES = { album: ['album', 'albums'], single_song: ['single song', 'single songs'] };

export class AuditView {
  constructor(config) {
    this.base = config.audit_url;
    this.refreshMs = config.refresh_ms;
    this.panel = new Panel('panel-audit');
    this.counts = null;
    this.shown = false;
    this.type = document.getElementById('audit-type');
    this.index = document.getElementById('audit-index');
    this.output = document.getElementById('audit-json');
  }

  start() {
    document.getElementById('audit-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.showChosen();
    });
    document.getElementById('audit-random').addEventListener('click', () => this.showRandom());
    this.type.addEventListener('change', () => this.showRandom());
    repeat(() => this.refreshCounts(), this.refreshMs);
  }

  async refreshCounts() {
    try {
      this.counts = await getJson('audit', `${this.base}/counts`, Math.max(4000, this.refreshMs));
      this.panel.ok('counts');
      this.showRange();
      if (!this.shown) {
        await this.showRandom();
      } else if (this.retryLookup) {
        await this.showChosen();
      }
    } catch (e) {
      this.panel.fail('counts', `${e.message} Retrying every ${Math.round(this.refreshMs / 100) / 10} s.`);
    }
  }

  showRange() {
    const count = this.counts[this.type.value] ?? 0;
    const [, plural] = NAMES[this.type.value];
    const catching = this.counts.caught_up ? '' : ' (still reading the log)';
    const text = count > 0
      ? `${formatCount(count)} ${plural}: index 0 to ${formatCount(count - 1)}${catching}`
      : `No ${plural} in the log yet${catching}`;
    setText('audit-range', text, count);
    this.index.max = String(Math.max(0, count - 1));
  }

  async showRandom() {
    const count = this.counts?.[this.type.value] ?? 0;
    if (this.counts) {
      this.showRange();
    }
    if (count <= 0) {
      this.clear(this.counts ? 'Nothing to show yet: post an event, then press Show.' : '');
      return;
    }
    this.index.value = String(Math.floor(Math.random() * count));
    await this.showChosen();
  }

  async showChosen() {
    const text = this.index.value.trim();
    const n = Number(text);
    if (text === '' || !Number.isInteger(n) || n < 0) {
      this.retryLookup = false;
      this.panel.fail('lookup', 'The index is a whole number, 0 or more.');
      return;
    }
    const type = this.type.value;
    try {
      const record = await getJson('audit', `${this.base}/${type}?index=${n}`, 10000);
      this.shown = true;
      this.retryLookup = false;
      this.panel.ok('lookup');
      this.show(record, type, n);
    } catch (e) {
      this.retryLookup = e.unreachable || e.status === 503;
      this.panel.fail('lookup', e.message);
      this.clear('');
    }
  }

  show(record, type, n) {
    setText('audit-partition', String(record.partition), record.partition);
    setText('audit-offset', formatCount(record.offset), record.offset);
    setText('audit-timestamp', formatTime(record.timestamp), record.timestamp);
    this.output.dataset.type = type;
    this.output.dataset.index = String(n);
    renderJson(this.output, record.event);
  }

  clear(note) {
    ['audit-partition', 'audit-offset', 'audit-timestamp'].forEach((id) => setText(id, '–', ''));
    delete this.output.dataset.index;
    this.output.replaceChildren(...(note ? [element('span', 'j-note', note)] : []));
  }
}
