import { SingleBar } from 'cli-progress';

/** Reports how far an ingest run is; `advance` after each article, `stop` once at the end. */
export interface Progress {
  advance(): void;
  stop(): void;
}

/** Where progress goes: stderr, which is a terminal or not. */
export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
}

const PLAIN_INTERVAL_MS = 2_000;

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

function terminalBar(total: number, stream: ProgressStream): Progress {
  const started = Date.now();
  const bar = new SingleBar({
    format: 'ingesting [{bar}] {value}/{total} | {rate} articles/s | ETA {eta_formatted}',
    stream,
    hideCursor: true,
    etaBuffer: 50,
  });
  let done = 0;
  bar.start(total, 0, { rate: '0.0' });
  return {
    advance: () => {
      done += 1;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

// A log file or CI console gets a line every couple of seconds instead of a redrawn bar.
function plainLines(total: number, stream: ProgressStream): Progress {
  const started = Date.now();
  let done = 0;
  let lastLine = started;
  const line = (): void => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? formatSeconds((total - done) / rate) : '?';
    stream.write(`ingested ${done}/${total} | ${rate.toFixed(1)} articles/s | ETA ${eta}\n`);
  };
  return {
    advance: () => {
      done += 1;
      if (Date.now() - lastLine >= PLAIN_INTERVAL_MS) {
        lastLine = Date.now();
        line();
      }
    },
    stop: line,
  };
}

/** Given how many articles a run has and the stream to write to, returns its progress reporter. */
export function createProgress(total: number, stream: ProgressStream): Progress {
  return stream.isTTY ? terminalBar(total, stream) : plainLines(total, stream);
}
