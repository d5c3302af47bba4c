// Events per minute over the last hour, as stacked bars (Chart.js from its WebJar).

import { formatCount, formatMinute } from './format.js';
import { Panel, setText } from './panel.js';

const ALBUM_COLOR = '#6366f1';
const SINGLE_COLOR = '#f59e0b';

export class EventsChart {
  constructor() {
    this.panel = new Panel('panel-chart');
    this.canvas = document.getElementById('events-chart');
    this.chart = null;
  }

  show(minutes) {
    const total = minutes.reduce((sum, m) => sum + m.albums + m.singles, 0);
    const peak = minutes.reduce((max, m) => Math.max(max, m.albums + m.singles), 0);
    setText('chart-note', `Last 60 minutes · ${formatCount(total)} events · peak ${formatCount(peak)}/min`, total);
    document.getElementById('chart-empty').hidden = total > 0;
    if (typeof globalThis.Chart !== 'function') {
      this.panel.fail('library', 'The chart library could not be loaded; the figures above are still current.');
      return;
    }
    const labels = minutes.map((m) => formatMinute(m.minute));
    if (!this.chart) {
      this.chart = this.create(labels, minutes);
      return;
    }
    this.chart.data.labels = labels;
    this.chart.data.datasets[0].data = minutes.map((m) => m.albums);
    this.chart.data.datasets[1].data = minutes.map((m) => m.singles);
    this.chart.update('none');
  }

  create(labels, minutes) {
    const dataset = (label, color, data) => ({
      label, data, backgroundColor: color, borderRadius: 3, maxBarThickness: 18,
    });
    return new globalThis.Chart(this.canvas, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          dataset('Albums', ALBUM_COLOR, minutes.map((m) => m.albums)),
          dataset('Singles', SINGLE_COLOR, minutes.map((m) => m.singles)),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, useBorderRadius: true, borderRadius: 3 } },
        },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 16, color: '#667085' } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: '#667085' }, grid: { color: '#eef0f6' } },
        },
      },
    });
  }
}
