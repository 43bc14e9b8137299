import { createRequire } from 'node:module';

// Loaded with require, not import: the instrumentations patch `http`, `pg` and graphql's files as
// they are loaded, so the SDK must start before the server's own imports run, synchronously; and
// only when tracing is wanted, so a server without it never loads the SDK.
const load = createRequire(__filename);

/** Incoming paths not worth a trace: probes and scrapes arrive every few seconds. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/** A started OpenTelemetry SDK: how to flush its last spans and stop. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing: the HTTP server and client, graphql (parse, validate, execute;
 * trivial field resolutions left out) and every `pg` statement, exported over OTLP to the endpoint
 * in OTEL_EXPORTER_OTLP_ENDPOINT (http/protobuf unless OTEL_EXPORTER_OTLP_PROTOCOL says otherwise;
 * the SDK reads the other OTEL_* variables too). Returns how to flush and stop it.
 */
export function startTracing(): Tracing {
  const { NodeSDK } = load('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } = load(
    '@opentelemetry/instrumentation-http',
  ) as typeof import('@opentelemetry/instrumentation-http');
  const { GraphQLInstrumentation } = load(
    '@opentelemetry/instrumentation-graphql',
  ) as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = load(
    '@opentelemetry/instrumentation-pg',
  ) as typeof import('@opentelemetry/instrumentation-pg');
  const sdk = new NodeSDK({
    serviceName: process.env['OTEL_SERVICE_NAME'] ?? 'quote-graph',
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          UNTRACED_PATHS.has(new URL(request.url ?? '/', 'http://localhost').pathname),
      }),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
