// Runs a compiled script of the project in this very process, building dist/ first only when a
// source is newer than the last build. Every npm script goes through it (`exec node
// scripts/run-built.mjs dist/src/index.js`), so npm's child is the script itself: signals reach
// the server, and a built script answers at once instead of after a full `tsc` run.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
/** Written after a successful build; its mtime is when dist/ was last made from the sources. */
const STAMP = path.join(DIST, '.build-stamp');
/** Held while one process builds, so two scripts started together do not write dist/ at once. */
const LOCK = path.join(DIST, '.build-lock');
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

/** Given a pid, returns whether that process still runs. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Given the lock file, returns the pid of the process holding it, or null while it is being written or gone. */
function lockHolder() {
  try {
    const pid = Number(readFileSync(LOCK, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the build lock (a file holding our pid); a lock whose builder is gone (Ctrl-C mid-build) is taken over. */
function tryLock() {
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const holder = lockHolder();
    if (holder !== null && !isRunning(holder)) rmSync(LOCK, { force: true });
    return false;
  }
}

/** Builds dist/ with tsc unless it is current (or another process just built it); exits 1 when the build fails. */
async function buildIfStale() {
  if (isCurrent()) return;
  mkdirSync(DIST, { recursive: true });
  while (!tryLock()) await sleep(200);
  let built = true;
  try {
    if (isCurrent()) return;
    process.stderr.write('building dist/ (sources changed since the last build)…\n');
    const started = Date.now();
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    built = build.status === 0;
    if (!built) {
      process.stderr.write(
        `the build failed (tsc exited ${build.status ?? build.signal}); nothing was run\n`,
      );
      return;
    }
    // Stamped with the build's start: a file saved while tsc ran is newer, so the next run rebuilds.
    writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
    utimesSync(STAMP, started / 1000, started / 1000);
    process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    rmSync(LOCK, { force: true });
  }
  if (!built) process.exit(1);
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-built.mjs dist/PATH.js [ARGS…]\n');
  process.exit(2);
}
await buildIfStale();
const target = path.resolve(ROOT, entry);
if (!existsSync(target)) {
  process.stderr.write(
    `${entry} is not in the build (tsconfig.build.json compiles src, scripts, migrations, bench)\n`,
  );
  process.exit(2);
}
// The script reads its own arguments from process.argv.slice(2), as if node had started it.
process.argv = [process.argv[0] ?? process.execPath, target, ...args];
await import(pathToFileURL(target).href);
