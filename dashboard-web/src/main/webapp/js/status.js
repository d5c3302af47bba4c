// Each service's status from the health service: pushed by the live updates, polled (GET /status)
// every refresh interval while they are not live.

import { Poll, getJson } from './api.js';
import { formatAge, formatTime } from './format.js';
import { Panel, element, setText } from './panel.js';

const SERVICES = [
  ['receiver', 'Receiver'],
  ['storage', 'Storage'],
  ['processing', 'Processing'],
  ['audit', 'Audit'],
];

export class StatusFeed {
  /** `onPoll(ok)` is told how each poll went. */
  constructor(config, onPoll) {
    this.base = config.health_url;
    this.refreshMs = config.refresh_ms;
    this.onPoll = onPoll;
    this.panel = new Panel('panel-status');
    this.states = {};
    this.poll = new Poll(() => this.refresh(), this.refreshMs);
    this.createRows();
  }

  /** Polls while the live updates are not live (at first, until they are). */
  setLive(live) {
    if (live) {
      this.poll.stop();
    } else {
      this.poll.start();
    }
  }

  async refresh() {
    try {
      const report = await getJson('health', `${this.base}/status`, Math.max(4000, this.refreshMs));
      if (this.poll.running) {
        this.showReport(report);
        this.onPoll(true);
      }
    } catch (e) {
      this.panel.fail('fetch', `${e.message} The statuses below may be out of date; retrying every ${Math.round(this.refreshMs / 100) / 10} s.`);
      this.onPoll(false);
    }
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

  /** Shows what GET /status answers. */
  showReport(report) {
    this.panel.ok('fetch');
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
