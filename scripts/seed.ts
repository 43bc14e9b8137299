import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { openQuoteGraphDatabase } from '../src/composition';
import { seedSampleData } from '../src/seed/seed-sample-data';

/** Loads the sample articles into DATABASE_URL (or the embedded database); already stored ones are skipped. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openQuoteGraphDatabase(config, pino({ level: 'warn' }));
  try {
    const created = await seedSampleData(database, config);
    process.stdout.write(`sample data: ${created} articles created\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
