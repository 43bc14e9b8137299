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

/**
 * How far a run has to go: a known number of articles (a generated run), a number of bytes of
 * which `read()` have been read (files streamed, articles not known until read), or unknown (stdin).
 */
export type ProgressTotal = { articles: number } | { bytes: number; read: () => number } | null;

const PLAIN_INTERVAL_MS = 2_000;

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole}s` : `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s`;
}

const megabytes = (bytes: number): string => (bytes / 1_048_576).toFixed(1);

/** Given the total, the articles done and the seconds spent, returns the progress line's parts. */
function describe(total: ProgressTotal, done: number, seconds: number, verb: string): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [
    total && 'articles' in total ? `${verb} ${done}/${total.articles}` : `${verb} ${done} articles`,
  ];
  parts.push(`${rate.toFixed(1)} articles/s`);
  if (total && 'articles' in total) {
    parts.push(`ETA ${rate > 0 ? formatSeconds((total.articles - done) / rate) : '?'}`);
  } else if (total) {
    const read = total.read();
    const share = total.bytes > 0 ? read / total.bytes : 1;
    parts.push(`${megabytes(read)}/${megabytes(total.bytes)} MB read`);
    parts.push(`ETA ${share > 0 ? formatSeconds((seconds * (1 - share)) / share) : '?'}`);
  }
  return parts.join(' | ');
}

function terminalBar(total: NonNullable<ProgressTotal>, stream: ProgressStream, verb: string): Progress {
  const started = Date.now();
  const bar = new SingleBar({ format: '[{bar}] {percentage}% | {line}', stream, hideCursor: true });
  // The bar measures articles when their number is known, else bytes read.
  const position = (done: number): { value: number; of: number } =>
    'articles' in total ? { value: done, of: total.articles } : { value: total.read(), of: total.bytes };
  let done = 0;
  const first = position(0);
  bar.start(first.of, first.value, { line: describe(total, 0, 0, verb) });
  return {
    advance: () => {
      done += 1;
      const { value } = position(done);
      bar.update(value, { line: describe(total, done, (Date.now() - started) / 1000, verb) });
    },
    stop: () => bar.stop(),
  };
}

// A log file or CI console gets a line every couple of seconds instead of a redrawn bar.
function plainLines(total: ProgressTotal, stream: ProgressStream, verb: string): Progress {
  const started = Date.now();
  let done = 0;
  let lastLine = started;
  const line = (): void => {
    stream.write(`${describe(total, done, (Date.now() - started) / 1000, verb)}\n`);
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

/**
 * Given how far a run has to go, the stream to write to and the word for an article done
 * ("ingested", "extracted"), returns its progress reporter.
 */
export function createProgress(total: ProgressTotal, stream: ProgressStream, verb = 'ingested'): Progress {
  return stream.isTTY && total ? terminalBar(total, stream, verb) : plainLines(total, stream, verb);
}
