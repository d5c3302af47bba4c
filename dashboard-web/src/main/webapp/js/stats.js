// The statistics of the processing service: figures, top artists and (through the chart) events
// per minute: pushed by the live updates, polled every refresh interval while they are not live.

import { Poll, getJson } from './api.js';
import { formatAge, formatCount, formatMinutes, formatSeconds, formatTime } from './format.js';
import { Panel, element, setText } from './panel.js';

export class StatsFeed {
  constructor(config, chart) {
    this.url = `${config.processing_url}/stats`;
    this.refreshMs = config.refresh_ms;
    this.chart = chart;
    this.stats = new Panel('panel-stats');
    this.artists = new Panel('panel-artists');
    this.lastGood = null;
    this.poll = new Poll(() => this.refresh(), this.refreshMs);
    this.polls = 0;
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
    const panels = [this.stats, this.artists, this.chart.panel];
    try {
      const stats = await getJson('processing', this.url, Math.max(4000, this.refreshMs));
      if (!this.poll.running) {
        return; // the live updates took over while this read was under way
      }
      this.polls += 1;
      document.getElementById('panel-stats').dataset.polls = String(this.polls);
      this.show(stats, 'poll');
    } catch (e) {
      const since = this.lastGood
        ? ` Showing the figures of ${formatTime(this.lastGood.toISOString())}.`
        : ' The figures appear as soon as it answers.';
      const retry = ` Retrying every ${Math.round(this.refreshMs / 100) / 10} s.`;
      panels.forEach((panel) => panel.fail('fetch', e.message + since + retry));
    }
  }

  /** Shows what GET /stats answers; `source` (poll, stream) goes to the panel's data-source. */
  show(stats, source) {
    this.lastGood = new Date();
    this.showFigures(stats);
    this.showArtists(stats.top_artists ?? []);
    this.chart.show(stats.events_per_minute ?? []);
    [this.stats, this.artists, this.chart.panel].forEach((panel) => panel.ok('fetch'));
    document.getElementById('panel-stats').dataset.source = source;
  }

  showFigures(stats) {
    setText('stat-albums', formatCount(stats.num_album_events), stats.num_album_events);
    setText('stat-max-tracks', formatCount(stats.max_album_track_count), stats.max_album_track_count);
    setText('stat-singles', formatCount(stats.num_single_events), stats.num_single_events);
    setText('stat-max-duration', formatSeconds(stats.max_single_song_duration), stats.max_single_song_duration);
    setText('stat-max-duration-sub', formatMinutes(stats.max_single_song_duration) || 'longest single');
    const minutes = stats.events_per_minute ?? [];
    const lastHour = (key) => minutes.reduce((sum, m) => sum + m[key], 0);
    setText('stat-albums-sub', `+${formatCount(lastHour('albums'))} last hour`);
    setText('stat-max-tracks-sub', 'tracks');
    setText('stat-singles-sub', `+${formatCount(lastHour('singles'))} last hour`);
    setText('stat-last-updated', formatTime(stats.last_updated), stats.last_updated ?? '');
    this.lastUpdated = stats.last_updated;
    this.tick();
  }

  /** Keeps the "… ago" texts current between two polls. */
  tick() {
    if (!this.lastGood) {
      return;
    }
    setText('stat-last-updated-sub', this.lastUpdated ? formatAge(this.lastUpdated) : 'no run yet');
    setText('stats-updated-note', this.lastGood ? `Read ${formatAge(this.lastGood.toISOString())}` : '');
  }

  showArtists(artists) {
    const list = document.getElementById('top-artists');
    const top = artists.length ? artists[0].events : 1;
    list.replaceChildren(
      ...artists.map((artist, i) => {
        const item = element('li', 'artist');
        item.append(element('span', 'artist-rank', String(i + 1)));
        item.append(element('span', 'artist-name', artist.artist_name));
        item.append(element('span', 'artist-events', formatCount(artist.events)));
        const bar = element('span', 'artist-bar');
        bar.style.setProperty('--share', `${Math.max(2, (100 * artist.events) / top)}%`);
        item.append(bar);
        return item;
      }),
    );
    if (!artists.length) {
      list.append(element('li', 'empty', 'No events yet.'));
    }
  }
}
