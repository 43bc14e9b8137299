import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/helpers/summary-reporter.mts';

// esbuild drops decorator metadata, which type-graphql and TypeORM read at runtime; SWC keeps it.
const decorators = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

// type-graphql and Apollo load graphql's CommonJS build; the tests must get the same copy, or graphql
// refuses to mix objects "from another module or realm".
const sameGraphql = {
  alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
};

export default defineConfig({
  plugins: [decorators],
  resolve: sameGraphql,
  test: {
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        plugins: [decorators],
        resolve: sameGraphql,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        plugins: [decorators],
        resolve: sameGraphql,
        test: {
          name: 'integration',
          include: ['test/{integration,security,corpus,performance,browser}/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
