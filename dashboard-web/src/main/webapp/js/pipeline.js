// The Pipeline panel: ingest rate, storage lag, freshness, quarantined and skipped counts from the
// health service's GET /healthcheck/pipeline, polled every refresh interval. Each item says when
// it was read; one whose latest read failed is shown stale, with the health service's message.

import { getJson, repeat } from './api.js';
import { formatTime } from './format.js';
import { Panel, setText } from './panel.js';
import { ITEMS, describe } from './pipeline-items.js';

export class PipelineFeed {
  constructor(config) {
    this.url = `${config.health_url}/pipeline`;
    this.refreshMs = config.refresh_ms;
    this.panel = new Panel('panel-pipeline');
    this.lastGood = null;
  }

  start() {
    repeat(() => this.refresh(), this.refreshMs);
  }

  async refresh() {
    try {
      const report = await getJson('health', this.url, Math.max(4000, this.refreshMs));
      this.lastGood = new Date();
      ITEMS.forEach((spec) => this.show(spec, describe(spec, report[spec.key])));
      setText('pipeline-note', `Read ${formatTime(this.lastGood.toISOString())}`);
      this.panel.ok('fetch');
    } catch (e) {
      const since = this.lastGood
        ? ` Showing the figures of ${formatTime(this.lastGood.toISOString())}.`
        : ' The figures appear as soon as it answers.';
      const retry = ` Retrying every ${Math.round(this.refreshMs / 100) / 10} s.`;
      this.panel.fail('fetch', e.message + since + retry);
    }
  }

  show(spec, view) {
    const tile = document.getElementById(`${spec.figure}-item`);
    tile.dataset.state = view.state;
    setText(spec.figure, view.text, view.value);
    setText(spec.subId ?? `${spec.figure}-sub`, view.sub, view.subValue);
    setText(`${spec.figure}-at`, view.at, view.atValue);
    const stale = setText(`${spec.figure}-stale`, view.error);
    stale.hidden = !view.error;
  }
}
