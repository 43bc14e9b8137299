import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { QUEUE_SCHEMA } from '../ingest/queue/queue-names';
import type { WorkerConfig } from './worker-config';
import { WORKER_TASKS } from './worker-tasks';

/**
 * Given the database URL, the worker's settings and a logger, returns a started pg-boss client with
 * two connections of its own: it checks that the queue schema is at this pg-boss's version (the
 * migration made it; a worker never alters it), runs the maintenance that retries jobs of dead
 * workers, and writes this worker's retry and timeout policy onto the queues it serves, where jobs
 * enqueued from then on take it.
 */
export async function startQueueClient(url: string, worker: WorkerConfig, logger: Logger): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: 'quote-graph-worker',
    max: 2,
    migrate: false,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: worker.maintenanceSeconds,
  });
  // An 'error' event nobody listens to would end the process; a passing fault is only worth a line.
  boss.on('error', (error: unknown) => logger.warn({ err: error }, 'job queue problem'));
  await boss.start();
  for (const task of WORKER_TASKS.filter((candidate) => candidate.main)) {
    await boss.updateQueue(task.queue, {
      name: task.queue,
      retryLimit: worker.retryLimit,
      retryDelay: worker.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: worker.jobTimeoutSeconds,
      ...(task.deadLetter ? { deadLetter: task.deadLetter } : {}),
    });
  }
  return boss;
}
