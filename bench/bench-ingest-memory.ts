import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleGenerator } from './generator/article-generator';
import { runCommand } from '../src/cli';
import { flagOptions, readFlags } from './parse-flags';

const DEFAULTS = { megabytes: 1024, concurrency: 4, file: '', seed: 7 };

const USAGE = `
Usage: npm run bench:ingest-memory -- [--megabytes N] [--concurrency K] [--file PATH] [--seed S]

Generates a .jsonl of N MB of wire-style articles (streamed to disk, never held), ingests it through
the real CLI (node dist/scripts/ingest.js) into DATABASE_URL, or into an embedded database in a
temporary DATA_DIR, samples the CLI process's peak RSS (VmHWM in /proc/PID/status), and prints the
size, articles, articles/s, peak RSS and the time 1,000,000 articles would take at that rate.
  --megabytes N    size of the generated file (default 1024)
  --concurrency K  the CLI's --concurrency (default 4)
  --file PATH      where to write it (default: a temporary folder); removed afterwards
  --seed S         seed of the generator (default 7)
`;

const MB = 1_048_576;
const SAMPLE_MS = 250;

/** Writes articles as JSON Lines until the file holds `bytes`, waiting on the disk; returns how many. */
async function generate(file: string, bytes: number, seed: number): Promise<number> {
  const article = articleGenerator(seed);
  const out = createWriteStream(file);
  let written = 0;
  let index = 0;
  while (written < bytes) {
    const line = `${JSON.stringify(article(index))}\n`;
    index += 1;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return index;
}

/** The peak resident set of a live process in kB (VmHWM), or null once it is gone. */
async function peakRssKb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const match = status && /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) : null;
}

/**
 * The Node flags `npm run ingest` starts the CLI with (its heap cap), read from package.json so the
 * bench measures the process a user runs.
 */
async function ingestNodeFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const flags = /\bnode((?: --\S+)*) scripts\/run-built\.mjs dist\/scripts\/ingest\.js/.exec(
    manifest.scripts['ingest'] ?? '',
  );
  return flags?.[1]?.trim().split(' ').filter(Boolean) ?? [];
}

/** Runs the ingest CLI on the file, sampling its peak RSS; returns its exit status, summary and peak. */
async function ingest(
  file: string,
  concurrency: number,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; summary: string; peakKb: number }> {
  const cli = path.join(__dirname, '..', 'scripts', 'ingest.js');
  const child = spawn(
    process.execPath,
    [...(await ingestNodeFlags()), cli, '--concurrency', String(concurrency), file],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let summary = '';
  child.stdout.on('data', (chunk: Buffer) => (summary += chunk.toString('utf8')));
  let peakKb = 0;
  const sampler = setInterval(() => {
    void peakRssKb(child.pid ?? 0).then((kb) => (peakKb = Math.max(peakKb, kb ?? 0)));
  }, SAMPLE_MS);
  const [status] = (await once(child, 'exit')) as [number | null];
  clearInterval(sampler);
  return { status, summary, peakKb };
}

const duration = (seconds: number): string =>
  seconds < 3_600 ? `${(seconds / 60).toFixed(1)} min` : `${(seconds / 3_600).toFixed(1)} h`;

/**
 * `npm run bench:ingest-memory`: the streaming ingest's memory and rate on a generated archive of a
 * chosen size, through the real CLI process. Figures only; nothing is asserted.
 */
async function main(values: Record<string, string | boolean | undefined>): Promise<void> {
  const flags = readFlags(values, DEFAULTS);
  const folder = await mkdtemp(path.join(tmpdir(), 'quote-graph-ingest-bench-'));
  // The embedded Postgres runs as its own OS user, which must reach the cluster inside this folder.
  await chmod(folder, 0o755);
  const file = flags.file || path.join(folder, 'archive.jsonl');
  try {
    process.stderr.write(`generating ${flags.megabytes} MB of JSON Lines in ${file}\n`);
    const articles = await generate(file, flags.megabytes * MB, flags.seed);
    // Without DATABASE_URL the CLI starts its own embedded Postgres in a fresh DATA_DIR.
    const env = { ...process.env, DATA_DIR: process.env['DATA_DIR'] ?? path.join(folder, 'data') };
    const started = Date.now();
    const { status, summary, peakKb } = await ingest(file, flags.concurrency, env);
    const seconds = (Date.now() - started) / 1000;
    const rate = articles / seconds;
    process.stdout.write(
      [
        summary.split('\n')[0] ?? '',
        `file: ${flags.megabytes} MB, ${articles} articles (${((flags.megabytes * MB) / articles).toFixed(0)} bytes each)`,
        `ingest: ${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s end to end, --concurrency ${flags.concurrency}`,
        `peak RSS of the CLI process: ${(peakKb / 1024).toFixed(1)} MB`,
        `at this rate: 1,000,000 articles in ${duration(1_000_000 / rate)}; 1 GB (${Math.round((1024 * MB * articles) / (flags.megabytes * MB))} articles) in ${duration((1024 * seconds) / flags.megabytes)}`,
        '',
      ].join('\n'),
    );
    if (status !== 0) throw new Error(`the CLI exited with status ${status}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
    if (flags.file) await rm(flags.file, { force: true });
  }
}

runCommand({ name: 'bench:ingest-memory', usage: USAGE, options: flagOptions(DEFAULTS) }, ({ values }) =>
  main(values),
);
