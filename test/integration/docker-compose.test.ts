import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] };
  ports?: string[];
}

const root = path.resolve(__dirname, '..', '..');

// No Docker engine runs where the tests run, so the file is checked by reading it.
describe('docker-compose.yml', () => {
  it('runs Postgres 17 and the API wired to it, each with a health check', async () => {
    const compose = parse(await readFile(path.join(root, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, ComposeService>;
    };
    const postgres = compose.services['postgres'];
    const api = compose.services['api'];
    expect(postgres?.image).toBe('postgres:17');
    expect(postgres?.healthcheck?.test?.join(' ')).toContain('pg_isready');
    expect(api?.build).toBe('.');
    expect(api?.depends_on?.['postgres']?.condition).toBe('service_healthy');
    expect(api?.healthcheck?.test?.join(' ')).toContain('/ready');
    expect(api?.ports).toContain('4000:4000');

    const databaseUrl = new URL(api?.environment?.['DATABASE_URL'] ?? '');
    const env = postgres?.environment ?? {};
    expect(databaseUrl.hostname).toBe('postgres');
    expect(databaseUrl.username).toBe(env['POSTGRES_USER']);
    expect(databaseUrl.password).toBe(env['POSTGRES_PASSWORD']);
    expect(databaseUrl.pathname).toBe(`/${env['POSTGRES_DB']}`);
    // The API's own configuration parser accepts what compose hands it with nothing set in the
    // shell: each `${NAME:-default}` becomes its default, as compose substitutes it.
    const handed = Object.fromEntries(
      Object.entries(api?.environment ?? {}).map(([name, value]) => [
        name,
        value.replace(/\$\{\w+:-([^}]*)\}/g, '$1'),
      ]),
    );
    expect(() => loadConfig({ ...handed, API_TOKEN: 'x'.repeat(16) })).not.toThrow();
  });

  it('builds from a Dockerfile that runs the compiled server', async () => {
    const dockerfile = await readFile(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/RUN npm ci/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/index\.js"\]/);
  });
});
