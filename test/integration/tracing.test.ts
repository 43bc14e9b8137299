import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase } from '../../src/db/ensure-database';
import { compileServer, type CompiledServer } from '../security/helpers/compile-server';
import { startServerProcess, type ServerProcess } from '../security/helpers/server-process';

/** One OTLP export the receiver got: where it was posted, its media type and its bytes. */
interface Export {
  path: string;
  contentType: string;
  body: Buffer;
}

/** A tiny OTLP/HTTP collector: answers every export 200 and keeps it. */
function startReceiver(): Promise<{ server: Server; url: string; exports: Export[] }> {
  const exports: Export[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      exports.push({
        path: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body: Buffer.concat(chunks),
      });
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, exports }),
    ),
  );
}

describe('OpenTelemetry traces', () => {
  let compiled: CompiledServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: ServerProcess | undefined;
  const databaseName = `quote_graph_tracing_${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    compiled = await compileServer();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await new Promise((resolve) => receiver?.server.close(resolve));
    await compiled?.remove();
    const admin = new Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  });

  it('exports spans of the HTTP request, the GraphQL operation and its SQL to OTEL_EXPORTER_OTLP_ENDPOINT', async () => {
    const databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), databaseName);
    server = await startServerProcess(compiled.entry, {
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      API_TOKEN: 'tracing-test-token-0123456789',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_SERVICE_NAME: 'quote-graph-tracing-test',
    });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query TracedQuotes { quotes(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    const deadline = Date.now() + 15_000;
    const traced = () => receiver.exports.filter((item) => item.path === '/v1/traces');
    const has = (text: string) => traced().some((item) => item.body.includes(text));
    while (!(has('TracedQuotes') && has('pg.query')) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(traced().length).toBeGreaterThan(0);
    expect(traced()[0]?.contentType).toBe('application/x-protobuf');
    // Span names and attributes travel as plain UTF-8 inside the protobuf.
    expect(has('quote-graph-tracing-test')).toBe(true);
    expect(has('POST')).toBe(true);
    expect(has('TracedQuotes')).toBe(true);
    expect(has('pg.query')).toBe(true);
  });

  it('loads none of the OpenTelemetry packages when the endpoint is not set', async () => {
    const register = path.join(path.dirname(compiled.entry), 'tracing', 'register.js');
    const probe = `require(${JSON.stringify(register)});
      const loaded = Object.keys(require.cache).filter((file) => file.includes('@opentelemetry'));
      process.stdout.write(String(loaded.length));`;
    const { OTEL_EXPORTER_OTLP_ENDPOINT: _unset, ...environment } = process.env;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', probe], { env: environment });
    expect(stdout).toBe('0');
    const { stdout: withEndpoint } = await promisify(execFile)(process.execPath, ['-e', probe], {
      env: { ...environment, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' },
    });
    expect(Number(withEndpoint)).toBeGreaterThan(0);
  });
});
