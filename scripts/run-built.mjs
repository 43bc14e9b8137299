// Runs a compiled script of the project in this very process, building dist/ first only when a
// source is newer than the last build. Every npm script goes through it (`exec node
// scripts/run-built.mjs dist/src/index.js`), so npm's child is the script itself: signals reach
// the server, and a built script answers at once instead of after a full `tsc` run.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
/** Written after a successful build; its mtime is when dist/ was last made from the sources. */
const STAMP = path.join(DIST, '.build-stamp');
/** Held while one process builds, so two scripts started together do not write dist/ at once. */
const LOCK = path.join(DIST, '.build-lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;
const SOURCES = ['src', 'scripts', 'migrations', 'bench'];

/** Given a folder or file, returns the newest modification time under it (0 when absent). */
function newestMtime(target) {
  let info;
  try {
    info = statSync(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function isCurrent() {
  const configs = readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name));
  // An image that ships dist/ without the TypeScript (no tsconfig) has nothing to build from.
  if (!configs.includes('tsconfig.build.json')) return true;
  const sources = [...SOURCES, ...configs].map((name) => newestMtime(path.join(ROOT, name)));
  return Math.max(...sources) <= newestMtime(STAMP);
}

function tryLock() {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (Date.now() - newestMtime(LOCK) > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Builds dist/ with tsc unless it is current (or another process just built it); exits 1 when the build fails. */
async function buildIfStale() {
  if (isCurrent()) return;
  mkdirSync(DIST, { recursive: true });
  while (!tryLock()) await sleep(200);
  try {
    if (isCurrent()) return;
    process.stderr.write('building dist/ (sources changed since the last build)…\n');
    const started = Date.now();
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (build.status !== 0) {
      process.stderr.write(
        `the build failed (tsc exited ${build.status ?? build.signal}); nothing was run\n`,
      );
      process.exit(1);
    }
    // Stamped with the build's start: a file saved while tsc ran is newer, so the next run rebuilds.
    writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
    utimesSync(STAMP, started / 1000, started / 1000);
    process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-built.mjs dist/PATH.js [ARGS…]\n');
  process.exit(2);
}
await buildIfStale();
const target = path.resolve(ROOT, entry);
// The script reads its own arguments from process.argv.slice(2), as if node had started it.
process.argv = [process.argv[0] ?? process.execPath, target, ...args];
await import(pathToFileURL(target).href);
