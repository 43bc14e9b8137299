import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildQuoteGraphSchema } from '../src/composition';
import { printSortedSchema } from '../src/graphql/print-schema';

/** Writes the served schema, sorted, to `schema.graphql` at the top of the repository. */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', '..', 'schema.graphql');
  await writeFile(target, printSortedSchema(await buildQuoteGraphSchema()));
  process.stdout.write(`wrote ${target}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
