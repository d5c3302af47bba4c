// The Find-an-event box: a trace_id in, the audit service's GET /trace/{trace_id} out, shown as a
// small timeline. An event not counted yet is asked for again every refresh interval until it is,
// as is one the audit service could not be asked about.

import { getJson } from './api.js';
import { formatAge, formatTime } from './format.js';
import { Panel, element, setText } from './panel.js';
import { timeline } from './trace-steps.js';

const STATES = { in_kafka: 'In Kafka, not stored yet', stored: 'Stored, not counted yet', counted: 'Counted' };

export class TraceFinder {
  constructor(config) {
    this.base = `${config.audit_url}/trace`;
    this.refreshMs = config.refresh_ms;
    this.panel = new Panel('panel-trace');
    this.input = document.getElementById('trace-id');
    this.list = document.getElementById('trace-timeline');
    this.timer = null;
    this.asked = 0;
  }

  // The box is disabled in the page until here: a Find pressed before the page knows where audit
  // is would submit the form natively and reload the page.
  start() {
    document.getElementById('trace-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.find(this.input.value.trim());
    });
    this.input.disabled = false;
    document.getElementById('trace-find').disabled = false;
  }

  async find(id) {
    clearTimeout(this.timer);
    const ask = ++this.asked;
    if (!id) {
      this.panel.ok('lookup');
      this.showMessage('Enter the trace_id the receiver answered with.', 'hint');
      return;
    }
    try {
      const answer = await getJson('audit', `${this.base}/${encodeURIComponent(id)}`, 10000);
      if (ask === this.asked) {
        this.panel.ok('lookup');
        this.show(answer);
        if (answer.state !== 'counted') {
          this.again(id, ask);
        }
      }
    } catch (e) {
      if (ask === this.asked) {
        this.failed(id, ask, e);
      }
    }
  }

  failed(id, ask, e) {
    if (e.status === 404 || e.status === 400) {
      this.panel.ok('lookup');
      this.showMessage(e.status === 404 ? 'No event with that trace id.' : (e.detail || e.message), e.status === 404 ? 'not-found' : 'invalid');
      return;
    }
    this.panel.fail('lookup', `${e.message} Asking again every ${Math.round(this.refreshMs / 100) / 10} s.`);
    this.again(id, ask);
  }

  again(id, ask) {
    this.timer = setTimeout(() => {
      if (ask === this.asked) {
        this.find(id);
      }
    }, this.refreshMs);
  }

  show(answer) {
    this.list.dataset.traceId = answer.trace_id;
    this.list.dataset.state = answer.state;
    this.list.replaceChildren(...timeline(answer).map((step) => this.step(step)));
    const accepted = answer.accepted_at ? ` · accepted ${formatAge(answer.accepted_at)}` : '';
    this.showMessage(`${STATES[answer.state] ?? answer.state}${accepted}`, answer.state, true);
  }

  step(step) {
    const item = element('li', 'step');
    item.id = `trace-step-${step.key}`;
    item.dataset.testid = item.id;
    item.dataset.step = step.key;
    item.dataset.reached = String(step.reached);
    const head = element('div', 'step-head');
    head.append(element('span', 'step-label', step.label), element('span', 'step-hop', step.hop));
    const at = element('div', 'step-at', step.reached ? formatTime(step.at) : 'pending');
    at.dataset.value = step.at ?? '';
    item.append(head, at);
    if (step.detail) {
      item.append(element('div', 'step-detail', step.detail));
    }
    if (step.reason) {
      item.append(element('div', 'step-reason', step.reason));
    }
    return item;
  }

  /** A line above the timeline; the timeline is cleared unless `keep`. */
  showMessage(text, kind, keep = false) {
    setText('trace-message', text).dataset.kind = kind;
    if (!keep) {
      delete this.list.dataset.traceId;
      delete this.list.dataset.state;
      this.list.replaceChildren();
    }
  }
}
