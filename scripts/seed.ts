import 'reflect-metadata';
import pino from 'pino';
import { runCommand } from '../src/cli';
import { loadConfig } from '../src/config';
import { openQuoteGraphDatabase } from '../src/composition';
import { seedSampleData } from '../src/seed/seed-sample-data';

const USAGE = `Usage: npm run seed

Loads the sample articles (src/seed/sample-articles.ts) into DATABASE_URL, or the embedded database
under DATA_DIR when it is unset, migrating it first; articles already stored are skipped.

  --help   this text, changing nothing`;

/** Loads the sample articles into DATABASE_URL (or the embedded database); already stored ones are skipped. */
runCommand({ name: 'seed', usage: USAGE }, async () => {
  const config = loadConfig();
  const database = await openQuoteGraphDatabase(config, pino({ level: 'warn' }, pino.destination(2)));
  try {
    const created = await seedSampleData(database, config);
    process.stdout.write(`sample data: ${created} articles created\n`);
  } finally {
    await database.close();
  }
});
