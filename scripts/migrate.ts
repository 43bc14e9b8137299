import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { openQuoteGraphDatabase } from '../src/composition';

/**
 * `migrate run` applies pending migrations; `migrate revert` undoes the newest one. Works on
 * DATABASE_URL, or on the embedded database under DATA_DIR when it is unset.
 */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'run' && command !== 'revert') throw new Error('usage: migrate run|revert');
  const config = loadConfig();
  const logger = pino({ level: 'info' });
  // Opening migrates, which is exactly `run`; `revert` opens without it and undoes the newest applied.
  const database = await openQuoteGraphDatabase(config, logger, { migrate: command === 'run' });
  try {
    if (command === 'revert') {
      await database.dataSource.undoLastMigration();
      logger.info('reverted the newest migration');
    }
  } finally {
    await database.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
