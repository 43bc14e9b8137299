import { spawn, type ChildProcess } from 'node:child_process';

/** A server running in its own process, as in production. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Every JSON log line the process printed so far. */
  readonly lines: Record<string, unknown>[];
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once a log line with this message has been printed. */
  logged(message: string): Promise<void>;
  /** Everything printed to stdout so far that is not a JSON log line (notices for a person). */
  readonly text: () => string;
}

/** How to start the process: `node ENTRY` by default, or any command (`npm start`). */
export interface ServerCommand {
  file: string;
  args: string[];
  cwd?: string;
}

/**
 * Given the compiled entry point and the environment, starts the server as a child process and
 * resolves once it logs the URL it serves; rejects when it exits or stays silent for `timeoutMs`.
 */
export function startServerProcess(
  entry: string | ServerCommand,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const command = typeof entry === 'string' ? { file: process.execPath, args: [entry] } : entry;
  // The parent's own server settings (a developer's DATABASE_URL, say) must not leak into the child.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DATABASE_URL|DATA_DIR|PORT|HOST|API_TOKEN|CORS_ORIGINS|MAX_.*)$/.test(name),
    ),
  );
  const child = spawn(command.file, command.args, {
    ...(command.cwd ? { cwd: command.cwd } : {}),
    env: {
      ...inherited,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      SEED_SAMPLE_DATA: 'never',
      // As in the test environment: tests send many requests from one address; limits have their own tests.
      RATE_LIMIT_READS_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters: { message: string; resolve: () => void }[] = [];
  let stderr = '';
  let plain = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const text of complete) {
      if (!text.startsWith('{')) {
        plain += `${text}\n`;
        continue;
      }
      const line = JSON.parse(text) as Record<string, unknown>;
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.message === line['msg'])) waiter.resolve();
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const logged = (message: string) =>
    lines.some((line) => line['msg'] === message)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ message, resolve }));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before serving: ${stderr}`));
    });
    child.stdout?.on('data', () => {
      const serving = lines.find((line) => typeof line['url'] === 'string');
      if (!serving) return;
      clearTimeout(timer);
      resolve({ child, url: serving['url'] as string, lines, exited, logged, text: () => plain });
    });
  });
}
