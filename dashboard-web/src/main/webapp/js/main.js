// Starts the dashboard: reads the configuration the server gives the page, then every panel.

import { getJson } from './api.js';
import { AuditView } from './audit.js';
import { EventsChart } from './events-chart.js';
import { PipelineFeed } from './pipeline.js';
import { StatsFeed } from './stats.js';
import { StatusFeed } from './status.js';
import { TraceFinder } from './trace.js';
import { UpdateStream } from './updates.js';

const MODES = {
  connecting: ['Connecting…', 'Waiting for the first figures'],
  live: ['Live', 'Figures and statuses are pushed as they change'],
  polling: ['Not live · polling', 'The live updates are not arriving: figures and statuses are read every refresh interval'],
  offline: ['Health offline', 'The live updates are not arriving and the health service does not answer'],
};

function showMode(mode) {
  const indicator = document.getElementById('live-indicator');
  indicator.dataset.mode = mode;
  [indicator.textContent, indicator.title] = MODES[mode];
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
  let live = false;
  const status = new StatusFeed(config, (ok) => {
    if (!live) {
      showMode(ok ? 'polling' : 'offline');
    }
  });
  const stream = new UpdateStream(
    {
      stats: (data) => stats.show(data, 'stream'),
      status: (report) => status.showReport(report),
      change: (change) => status.showChange(change),
    },
    (isLive, kinds) => {
      live = isLive;
      stats.setLive(kinds.stats);
      status.setLive(kinds.status);
      if (isLive) {
        showMode('live');
      }
    },
    config.refresh_ms,
  );
  stats.setLive(false);
  status.setLive(false);
  // ?updates=off: poll only, as before the live updates (to compare, or behind a proxy that
  // breaks server-sent events).
  if (new URLSearchParams(window.location.search).get('updates') !== 'off') {
    stream.start();
  }
  new AuditView(config).start();
  new PipelineFeed(config).start();
  new TraceFinder(config).start();
  setInterval(() => {
    stats.tick();
    status.tick();
  }, 1000);
}

start();
