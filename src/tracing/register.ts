import { loadConfig } from '../config';
import { startTracing, type Tracing } from './start-tracing';

/** Given the environment, returns whether OTEL_EXPORTER_OTLP_ENDPOINT asks for traces (a bad value is reported by main). */
function tracingWanted(): boolean {
  try {
    return loadConfig().otlpEndpoint !== undefined;
  } catch {
    return false;
  }
}

/**
 * The process's tracing, started as this module loads when OTEL_EXPORTER_OTLP_ENDPOINT is set (import
 * it first, before anything that loads `http`, `pg` or graphql), else null and nothing loaded.
 */
export const tracing: Tracing | null = tracingWanted() ? startTracing() : null;
