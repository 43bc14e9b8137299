import { spawn } from 'node:child_process';

/** How a finished process went. */
export interface ProcessResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time from spawn to exit. */
  ms: number;
}

/**
 * Given a program, its arguments and an environment (added to this process's own, minus the
 * server settings a developer may have exported), runs it to the end and returns what it printed
 * and how it exited; kills it after `timeoutMs`.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DATABASE_URL|DATA_DIR|PORT|HOST|API_TOKEN|CORS_ORIGINS|MAX_.*|npm_.*)$/.test(name),
    ),
  );
  const started = process.hrtime.bigint();
  const child = spawn(file, [...args], {
    env: { ...inherited, ...options.env },
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve) =>
    child.once('close', (status, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ status, signal, stdout, stderr, ms });
    }),
  );
}
