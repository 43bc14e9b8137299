import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const FEATURE_FOLDERS = ['article', 'quote', 'speaker', 'topic', 'location', 'ingest'].map(
  (folder) => `./src/${folder}`,
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', '.data-dev/', 'coverage/', 'test/browser/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Layers import one way: the feature folders build on graphql/ and db/, never the reverse
      // (src/composition.ts hands the features' parts down); extraction is pure text work.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/graphql', './src/db'],
              from: [...FEATURE_FOLDERS, './src/composition.ts', './migrations'],
              message:
                'graphql/ and db/ import no feature folder: take what you need from src/composition.ts.',
            },
            {
              target: './src/db',
              from: './src/graphql',
              message: 'db/ sits below graphql/: throw a domain error and map it at the GraphQL edge.',
            },
            {
              target: [...FEATURE_FOLDERS, './src/http', './src/extraction'],
              from: './src/composition.ts',
              message: 'Only entry points (src/index.ts, src/app.ts, scripts, bench) use the composition.',
            },
            {
              target: ['./test', './src'],
              from: './bench',
              message: 'bench/ builds on src/; what a test and a benchmark share lives in src/.',
            },
            {
              target: './src/extraction',
              from: ['./src/db', './src/graphql', './src/http', ...FEATURE_FOLDERS],
              message: 'extraction/ is a pure text pipeline: no database, no GraphQL.',
            },
          ],
        },
      ],
      'import-x/no-default-export': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // The explorer: ES modules the browser loads as they are (no build step).
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'fetch',
          'URL',
          'URLSearchParams',
          'AbortController',
          'navigator',
          'setTimeout',
          'clearTimeout',
          'Element',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // Tool configuration files must default-export their config.
    files: ['*.config.ts', '*.config.mts', '*.config.mjs', 'test/helpers/global-setup.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
