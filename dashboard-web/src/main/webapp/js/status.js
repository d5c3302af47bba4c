// Each service's status from the health service: its push stream (EventSource) when it can be
// had, polling GET /status meanwhile and as the fallback.

import { getJson } from './api.js';
import { formatAge, formatTime } from './format.js';
import { Panel, element, setText } from './panel.js';

const SERVICES = [
  ['receiver', 'Receiver'],
  ['storage', 'Storage'],
  ['processing', 'Processing'],
  ['audit', 'Audit'],
];

export class StatusFeed {
  constructor(config, onMode) {
    this.base = config.health_url;
    this.refreshMs = config.refresh_ms;
    this.onMode = onMode;
    this.panel = new Panel('panel-status');
    this.states = {};
    this.polling = false;
    this.pollRun = 0;
    this.streamOpen = false;
    this.createRows();
  }

  start() {
    if (typeof EventSource === 'function') {
      this.connect();
    } else {
      this.startPolling();
    }
  }

  connect() {
    const source = new EventSource(`${this.base}/events`);
    source.addEventListener('open', () => {
      this.streamOpen = true;
    });
    source.addEventListener('status', (e) => this.fromStream(() => this.showReport(JSON.parse(e.data))));
    source.addEventListener('change', (e) => this.fromStream(() => this.showChange(JSON.parse(e.data))));
    source.addEventListener('error', () => {
      this.streamOpen = false;
      this.startPolling();
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(() => this.connect(), this.refreshMs);
      }
    });
  }

  fromStream(show) {
    this.polling = false;
    this.streamOpen = true;
    this.onMode('live');
    show();
    this.panel.ok('fetch');
  }

  /** Polls until the stream delivers again. */
  startPolling() {
    if (this.polling) {
      return;
    }
    this.polling = true;
    const run = ++this.pollRun;
    const poll = async () => {
      if (!this.polling || run !== this.pollRun) {
        return;
      }
      try {
        this.showReport(await getJson('health', `${this.base}/status`, Math.max(4000, this.refreshMs)));
        this.panel.ok('fetch');
        this.onMode(this.streamOpen ? 'live' : 'polling');
      } catch (e) {
        this.panel.fail('fetch', `${e.message} The statuses below may be out of date; retrying every ${Math.round(this.refreshMs / 100) / 10} s.`);
        this.onMode('offline');
      }
      setTimeout(poll, this.refreshMs);
    };
    poll();
  }

  createRows() {
    const list = document.getElementById('service-list');
    list.replaceChildren(
      ...SERVICES.map(([name, label]) => {
        const row = element('li', 'service');
        row.id = `service-${name}`;
        row.dataset.testid = `service-${name}`;
        row.dataset.status = 'Unknown';
        const head = element('div', 'service-head');
        head.append(element('span', 'dot'), element('span', 'service-name', label));
        const badge = element('span', 'badge', 'Unknown');
        badge.id = `status-${name}`;
        badge.dataset.testid = `status-${name}`;
        head.append(badge);
        const checked = element('div', 'service-checked', 'Not checked yet');
        checked.id = `checked-${name}`;
        checked.dataset.testid = `checked-${name}`;
        row.append(head, checked, element('div', 'service-detail'));
        return row;
      }),
    );
  }

  showReport(report) {
    SERVICES.forEach(([name]) => this.showState(name, report.services?.[name]));
    this.lastUpdate = report.last_update;
    this.tick();
  }

  showChange(change) {
    this.showState(change.service, change.state);
  }

  showState(name, state) {
    const row = document.getElementById(`service-${name}`);
    if (!row || !state) {
      return;
    }
    this.states[name] = state;
    row.dataset.status = state.status;
    setText(`status-${name}`, state.status);
    row.querySelector('.service-detail').textContent = state.status === 'Running' ? '' : (state.detail ?? '');
  }

  /** Keeps the "checked … ago" texts current. */
  tick() {
    Object.entries(this.states).forEach(([name, state]) => {
      const since = state.since ? ` · since ${formatTime(state.since)}` : '';
      const text = state.last_check ? `Checked ${formatTime(state.last_check)}${since}` : 'Not checked yet';
      const checked = setText(`checked-${name}`, text, state.last_check ?? '');
      checked.title = state.last_check ? `Last checked ${formatAge(state.last_check)}` : '';
    });
    setText('status-note', this.lastUpdate ? `Last round ${formatAge(this.lastUpdate)}` : 'Waiting for the first round…');
  }
}
