// HTTP helpers: every failure becomes a ServiceError whose message a person can read.

/** A service did not answer, or answered with an error (`detail`: its problem's, or ''). */
export class ServiceError extends Error {
  constructor(message, { status = 0, unreachable = false, detail = '' } = {}) {
    super(message);
    this.name = 'ServiceError';
    this.status = status;
    this.unreachable = unreachable;
    this.detail = detail;
  }
}

/**
 * GET url as JSON within timeoutMs. `service` names the service in messages ("processing").
 * Unreachable (network error, CORS refusal, timeout) and error answers (with the problem+json
 * detail when there is one) throw a ServiceError.
 */
export async function getJson(service, url, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response;
    try {
      response = await fetch(url, {
        headers: { Accept: 'application/json' },
        cache: 'no-store',
        signal: controller.signal,
      });
    } catch (e) {
      const why = e.name === 'AbortError' ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'no connection';
      throw new ServiceError(`The ${service} service cannot be reached (${why}).`, { unreachable: true });
    }
    if (!response.ok) {
      const detail = await problemDetail(response);
      throw new ServiceError(
        `The ${service} service answered ${response.status}${detail ? `: ${detail}` : '.'}`,
        { status: response.status, unreachable: response.status === 502 || response.status === 504, detail },
      );
    }
    return await response.json();
  } catch (e) {
    if (e instanceof ServiceError) {
      throw e;
    }
    throw new ServiceError(`The ${service} service sent an answer that could not be read.`);
  } finally {
    clearTimeout(timer);
  }
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return typeof problem.detail === 'string' ? problem.detail : (problem.title ?? '');
  } catch {
    return '';
  }
}

/** Runs task now and again `everyMs` after each run finishes; returns a function that stops it. */
export function repeat(task, everyMs) {
  let timer = null;
  let stopped = false;
  const run = async () => {
    try {
      await task();
    } finally {
      if (!stopped) {
        timer = setTimeout(run, everyMs);
      }
    }
  };
  run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Runs `task` now and again `everyMs` after each run ends, between start() and stop(); a start()
 * while it runs changes nothing.
 */
export class Poll {
  constructor(task, everyMs) {
    this.task = task;
    this.everyMs = everyMs;
    this.stopper = null;
  }

  start() {
    if (!this.stopper) {
      this.stopper = repeat(this.task, this.everyMs);
    }
  }

  stop() {
    if (this.stopper) {
      this.stopper();
      this.stopper = null;
    }
  }

  get running() {
    return this.stopper !== null;
  }
}
