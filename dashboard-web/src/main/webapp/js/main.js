// Starts the dashboard: reads the configuration the server gives the page, then every panel.

import { getJson } from './api.js';
import { AuditView } from './audit.js';
import { EventsChart } from './events-chart.js';
import { PipelineFeed } from './pipeline.js';
import { StatsFeed } from './stats.js';
import { StatusFeed } from './status.js';
import { TraceFinder } from './trace.js';

const MODES = {
  connecting: 'Connecting…',
  live: 'Live',
  polling: 'Polling',
  offline: 'Health offline',
};

function showMode(mode) {
  const indicator = document.getElementById('live-indicator');
  indicator.dataset.mode = mode;
  indicator.textContent = MODES[mode];
  indicator.title = mode === 'live'
    ? 'Statuses are pushed by the health service'
    : 'Statuses are read every refresh interval';
}

function showSources(config) {
  const seconds = Math.round(config.refresh_ms / 100) / 10;
  document.getElementById('footer-sources').textContent =
    `Processing ${config.processing_url} · Health ${config.health_url} · Audit ${config.audit_url} · refresh every ${seconds} s`;
}

async function loadConfig() {
  const banner = document.getElementById('page-error');
  for (let attempt = 1; ; attempt++) {
    try {
      const config = await getJson('dashboard', 'api/config', 5000);
      banner.hidden = true;
      return config;
    } catch (e) {
      banner.textContent = `${e.message} The dashboard cannot start without its configuration; retrying.`;
      banner.hidden = false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(10000, 1000 * attempt)));
    }
  }
}

async function start() {
  const config = await loadConfig();
  showSources(config);
  const chart = new EventsChart();
  const stats = new StatsFeed(config, chart);
  const status = new StatusFeed(config, showMode);
  stats.start();
  status.start();
  new AuditView(config).start();
  new PipelineFeed(config).start();
  new TraceFinder(config).start();
  setInterval(() => {
    stats.tick();
    status.tick();
  }, 1000);
}

start();
