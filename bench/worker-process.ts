import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A compiled worker (`dist/src/worker.js`) running as a child process, as in a deployment. */
export interface BenchWorker {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Given a database URL and settings, starts a worker and resolves once it logs that it takes jobs. */
export function startBenchWorker(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<BenchWorker> {
  const child = spawn(process.execPath, [path.resolve(__dirname, '..', 'src', 'worker.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      if (buffered.includes('"worker started: taking jobs"')) resolve({ child, stop });
      // Only the start line matters; keep the buffer from growing with the run's logs.
      buffered = buffered.slice(-200);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before taking jobs`)));
  });
}
