// How numbers and times are shown. Fixed locale for figures, the reader's time zone for times.

const counts = new Intl.NumberFormat('en-US');
const seconds = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const clock = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});
const dayAndClock = new Intl.DateTimeFormat(undefined, {
  day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
});
const minuteClock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });

export function formatCount(n) {
  return counts.format(n);
}

/** 562.5 → "562.5 s". */
export function formatSeconds(value) {
  return `${seconds.format(value)} s`;
}

/** 562.5 → "9 min 22.5 s"; empty under a minute. */
export function formatMinutes(value) {
  if (!(value >= 60)) {
    return '';
  }
  const hours = Math.floor(value / 3600);
  const minutes = Math.floor((value % 3600) / 60);
  const rest = seconds.format(Math.round((value % 60) * 1000) / 1000);
  return hours > 0 ? `${hours} h ${minutes} min ${rest} s` : `${minutes} min ${rest} s`;
}

/** A time of day, with the date when it is not today; "–" when absent. */
export function formatTime(iso) {
  if (!iso) {
    return '–';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  const today = new Date();
  return date.toDateString() === today.toDateString() ? clock.format(date) : dayAndClock.format(date);
}

export function formatMinute(iso) {
  return minuteClock.format(new Date(iso));
}

/** "just now", "12 s ago", "3 min ago", "2 h ago". */
export function formatAge(iso, now = Date.now()) {
  if (!iso) {
    return '';
  }
  const age = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (age < 2) {
    return 'just now';
  }
  if (age < 90) {
    return `${age} s ago`;
  }
  if (age < 5400) {
    return `${Math.round(age / 60)} min ago`;
  }
  return `${Math.round(age / 3600)} h ago`;
}
