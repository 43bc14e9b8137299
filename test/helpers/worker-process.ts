import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A worker (`npm run worker`) running in its own process. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Every JSON log line it printed so far. */
  readonly lines: Record<string, unknown>[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whatever it wrote to stdout that was not a log line, and its stderr. */
  output(): { stdout: string; stderr: string };
}

/** Given the compiled server's entry point, returns the worker's, beside it. */
export const workerEntry = (serverEntry: string): string => path.join(path.dirname(serverEntry), 'worker.js');

/**
 * Given the compiled worker's entry point, its environment and arguments, starts it as a child
 * process; resolves once it logs that it takes jobs (or at once with `waitForStart: false`, for
 * `--help` and refusals). The parent's own database settings never leak into the child.
 */
export function startWorkerProcess(
  entry: string,
  env: Record<string, string>,
  args: string[] = [],
  { waitForStart = true, timeoutMs = 60_000 } = {},
): Promise<WorkerProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DATABASE_URL|DATA_DIR|API_TOKEN|MAX_.*|WORKER_.*)$/.test(name),
    ),
  );
  const child = spawn(process.execPath, [entry, ...args], {
    env: { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stdout = '';
  let stderr = '';
  let buffered = '';
  // 'close', not 'exit': by then every byte the process wrote has been read.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      stdout += buffered;
      resolve({ code, signal });
    }),
  );
  const worker: WorkerProcess = { child, lines, exited, output: () => ({ stdout, stderr }) };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worker did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const text of complete) {
        if (!text.startsWith('{')) {
          stdout += `${text}\n`;
          continue;
        }
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        if (line['msg'] === 'worker started: taking jobs') {
          clearTimeout(timer);
          resolve(worker);
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    void exited.then(({ code }) => {
      clearTimeout(timer);
      if (waitForStart) reject(new Error(`worker exited with ${code} before taking jobs: ${stderr}`));
      else resolve(worker);
    });
    if (!waitForStart) clearTimeout(timer);
  });
}
