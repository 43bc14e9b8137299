import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createQuoteGraphDataSource } from '../../src/composition';
import { ensureDatabase } from '../../src/db/ensure-database';
import { runProcess, type ProcessResult } from '../helpers/run-process';
import { reportFigure } from '../security/helpers/figures';

const ROOT = path.resolve(__dirname, '..', '..');
/** Every script a user runs; each must answer --help and refuse a bad flag without doing anything. */
const SCRIPTS = [
  'start',
  'seed',
  'schema',
  'migration:run',
  'migration:revert',
  'extract',
  'eval',
  'ingest',
  'reextract',
  'bench',
  'bench:data',
  'bench:extract',
  'bench:limits',
  'bench:ingest-memory',
  'bench:scale',
  'bench:live',
  'worker',
  'bench:workers',
] as const;
/** A first run may have to build dist/ (tsc on a busy machine). */
const BUILD_MS = 300_000;

/** One line on stderr and no stack trace: what a person at a terminal should get for bad input. */
function oneLine(result: ProcessResult): string {
  expect(result.stderr.endsWith('\n'), result.stderr).toBe(true);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |^\s+at /m);
  return lines[0] ?? '';
}

describe('the npm scripts: --help changes nothing, bad input is one line and exit 2', () => {
  let scripts: Record<string, string>;
  let databaseUrl: string;
  let databaseName: string;
  // An embedded database must not even be created: each run points DATA_DIR here.
  const untouchedDataDir = path.join(tmpdir(), `quote-graph-scripts-${randomBytes(6).toString('hex')}`);
  let env: Record<string, string>;

  /** Runs a package.json script as npm does (`sh -c SCRIPT ARGS`), without npm's own start-up. */
  const run = (name: string, args: string[] = []) =>
    runProcess('sh', ['-c', `${scripts[name]} "$@"`, name, ...args], { cwd: ROOT, env, timeoutMs: BUILD_MS });

  const appliedMigrations = async (): Promise<string[]> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      return rows.map((row) => row.name);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    scripts = (
      JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    databaseName = `quote_graph_scripts_${randomBytes(6).toString('hex')}`;
    databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), databaseName);
    const dataSource = createQuoteGraphDataSource({ url: databaseUrl, poolSize: 1 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    env = { DATABASE_URL: databaseUrl, DATA_DIR: untouchedDataDir, NODE_ENV: 'production' };
    // Builds dist/ when it is stale, so the timed runs below find it current.
    const warm = await runProcess(
      process.execPath,
      ['scripts/run-built.mjs', 'dist/scripts/extract.js', '--help'],
      {
        cwd: ROOT,
        timeoutMs: BUILD_MS,
      },
    );
    expect(warm.status, warm.stderr).toBe(0);
  }, BUILD_MS);
  afterAll(async () => {
    const admin = new Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  });

  it("runs every script as `exec node` on the launcher, so npm's child is the script itself", () => {
    const launched = Object.entries(scripts).filter(([, command]) =>
      command.includes('scripts/run-built.mjs'),
    );
    expect(launched.map(([name]) => name).sort()).toEqual([...SCRIPTS].sort());
    for (const [, command] of launched)
      expect(command).toMatch(/^exec node (--[\w=-]+ )*scripts\/run-built\.mjs dist\/\S+\.js/);
  });

  it(
    'answers --help with its usage on stdout, nothing on stderr (no rebuild), and changes nothing',
    async () => {
      const before = await appliedMigrations();
      const durations: number[] = [];
      for (const name of SCRIPTS) {
        const result = await run(name, ['--help']);
        durations.push(result.ms);
        expect(result.status, `${name}: ${result.stderr}`).toBe(0);
        expect(result.stdout, name).toMatch(/^Usage: npm (start|run)/);
        expect(result.stderr, name).toBe('');
      }
      // migration:revert -- --help once reverted a migration; now it prints its usage and nothing else.
      expect(await appliedMigrations()).toEqual(before);
      expect(existsSync(untouchedDataDir)).toBe(false);
      const sorted = [...durations].sort((a, b) => a - b);
      reportFigure(
        'script --help with dist/ current (sh -c as npm runs it; npm itself not counted)',
        `median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms`,
      );
    },
    BUILD_MS,
  );

  it(
    'refuses an unknown flag in one line on stderr with exit 2, for every script',
    async () => {
      for (const name of SCRIPTS) {
        const result = await run(name, ['--bogus']);
        expect(result.status, `${name}: ${result.stderr}`).toBe(2);
        expect(oneLine(result), name).toContain('unknown option --bogus');
      }
      expect(existsSync(untouchedDataDir)).toBe(false);
    },
    BUILD_MS,
  );

  it(
    'refuses a missing file, a bad number and a revert without --yes the same way, changing nothing',
    async () => {
      const before = await appliedMigrations();
      const cases: [string, string[], RegExp][] = [
        ['extract', ['no-such-article.txt'], /^extract: no such file: no-such-article\.txt/],
        ['ingest', ['no-such-folder/'], /^ingest: no such file or folder: no-such-folder\//],
        ['eval', ['no-such-corpus'], /^eval: no-such-corpus not found/],
        ['extract', [], /^extract: missing argument/],
        ['bench:data', ['--articles', 'many'], /^bench:data: --articles takes a positive number/],
        [
          'ingest',
          ['--concurrency', '0', 'README.md'],
          /^ingest: --concurrency must be a whole number from 1 to 64/,
        ],
        ['migration:revert', [], /^migration:revert: reverting undoes the newest migration .*add --yes/],
        ['seed', ['extra'], /^seed: unexpected argument extra/],
      ];
      for (const [name, args, message] of cases) {
        const result = await run(name, args);
        expect(result.status, `${name} ${args.join(' ')}: ${result.stderr}`).toBe(2);
        expect(oneLine(result)).toMatch(message);
      }
      expect(await appliedMigrations()).toEqual(before);
    },
    BUILD_MS,
  );

  it(
    'reverts with --yes, and migration:run applies it again',
    async () => {
      const before = await appliedMigrations();
      const reverted = await run('migration:revert', ['--yes']);
      expect(reverted.status, reverted.stderr).toBe(0);
      expect(await appliedMigrations()).toEqual(before.slice(0, -1));
      const applied = await run('migration:run');
      expect(applied.status, applied.stderr).toBe(0);
      expect(await appliedMigrations()).toEqual(before);
    },
    BUILD_MS,
  );
});
