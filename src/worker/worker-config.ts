import { z } from 'zod';
import { ConfigError } from '../config';

const whole = (minimum: number, maximum: number, fallback: number) =>
  z.coerce.number().int().min(minimum).max(maximum).default(fallback);

const workerEnvironment = z.object({
  WORKER_CONCURRENCY: whole(1, 64, 4),
  WORKER_RETRY_LIMIT: whole(0, 50, 5),
  WORKER_RETRY_DELAY_SECONDS: whole(1, 3_600, 5),
  WORKER_JOB_TIMEOUT_SECONDS: whole(1, 3_600, 60),
  WORKER_MAINTENANCE_SECONDS: whole(1, 3_600, 30),
  WORKER_IDLE_POLL_MS: whole(50, 60_000, 500),
  WORKER_SHUTDOWN_MS: whole(0, 600_000, 10_000),
});

/** How a worker process takes and retries jobs (on top of the server's own configuration). */
export interface WorkerConfig {
  /** Jobs one process runs at once. */
  readonly concurrency: number;
  /** Retries after the first attempt before a job counts as failed. */
  readonly retryLimit: number;
  /** The first retry's delay; each further one doubles it, with jitter (pg-boss's backoff). */
  readonly retryDelaySeconds: number;
  /** A job still active this long after it started is taken to be lost (its worker died) and retried. */
  readonly jobTimeoutSeconds: number;
  /** How often pg-boss looks for such lost jobs (one process per interval does it). */
  readonly maintenanceSeconds: number;
  /** How long to wait before asking again when the queue was empty. */
  readonly idlePollMs: number;
  /** On SIGTERM, how long running jobs may take to finish before they are handed back to the queue. */
  readonly shutdownMs: number;
}

/** Given the environment, returns the worker's settings, or throws a ConfigError naming each bad value. */
export function loadWorkerConfig(environment: NodeJS.ProcessEnv): WorkerConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = workerEnvironment.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  return Object.freeze({
    concurrency: values.WORKER_CONCURRENCY,
    retryLimit: values.WORKER_RETRY_LIMIT,
    retryDelaySeconds: values.WORKER_RETRY_DELAY_SECONDS,
    jobTimeoutSeconds: values.WORKER_JOB_TIMEOUT_SECONDS,
    maintenanceSeconds: values.WORKER_MAINTENANCE_SECONDS,
    idlePollMs: values.WORKER_IDLE_POLL_MS,
    shutdownMs: values.WORKER_SHUTDOWN_MS,
  });
}
