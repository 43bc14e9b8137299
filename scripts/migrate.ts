import 'reflect-metadata';
import pino from 'pino';
import { runCommand, UsageError } from '../src/cli';
import { loadConfig } from '../src/config';
import { openQuoteGraphDatabase } from '../src/composition';

const USAGE = `Usage: npm run migration:run
       npm run migration:revert -- --yes

migration:run applies every pending migration; migration:revert undoes the newest applied one (its
\`down\`), which can drop data, so it asks for --yes. Works on DATABASE_URL, or on the embedded
database under DATA_DIR when it is unset (stop npm start first: it holds that database).

  --yes    confirm the revert
  --help   this text, changing nothing`;

/**
 * `migrate run` applies pending migrations; `migrate revert --yes` undoes the newest one. Works on
 * DATABASE_URL, or on the embedded database under DATA_DIR when it is unset.
 */
runCommand(
  {
    // The npm script names the action: `migration:run` is `migrate.js run`.
    name: `migration:${process.argv[2] ?? 'run'}`,
    usage: USAGE,
    options: { yes: { type: 'boolean' } },
    positionals: { min: 1, max: 1 },
  },
  async ({ values, positionals: [command] }) => {
    if (command !== 'run' && command !== 'revert') throw new UsageError('give run or revert');
    if (command === 'revert' && !values.yes)
      throw new UsageError('reverting undoes the newest migration and can drop data; add --yes to do it');
    if (command === 'run' && values.yes) throw new UsageError('--yes is for migration:revert');
    const config = loadConfig();
    const logger = pino({ level: 'info' }, pino.destination(2));
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
  },
);
