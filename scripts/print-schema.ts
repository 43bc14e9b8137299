import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCommand } from '../src/cli';
import { buildQuoteGraphSchema } from '../src/composition';
import { printSortedSchema } from '../src/graphql/print-schema';

const USAGE = `Usage: npm run schema

Writes the schema the code serves, sorted, to schema.graphql at the top of the repository (a test
fails when the two differ). Needs no database.

  --help   this text, changing nothing`;

/** Writes the served schema, sorted, to `schema.graphql` at the top of the repository. */
runCommand({ name: 'schema', usage: USAGE }, async () => {
  const target = path.resolve(__dirname, '..', '..', 'schema.graphql');
  await writeFile(target, printSortedSchema(await buildQuoteGraphSchema()));
  process.stdout.write(`wrote ${target}\n`);
});
