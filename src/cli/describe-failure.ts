import { ConfigError } from '../config';
import { DataDirInUseError } from '../db/data-dir-lock';
import { EmbeddedPostgresStartError } from '../db/embedded-postgres';

interface SystemError {
  code?: string;
  syscall?: string;
  port?: number;
  address?: string;
}

/** Given a refusal to listen, says which port and what to do, or null when it is not one. */
function listenProblem(error: SystemError): string | null {
  if (error.syscall !== 'listen') return null;
  const where = `port ${error.port} on ${error.address}`;
  if (error.code === 'EADDRINUSE') return `${where} is in use by another program (set PORT to a free one)`;
  if (error.code === 'EACCES') return `not allowed to listen on ${where} (set PORT above 1023)`;
  return null;
}

/** Given a failure to reach an external database, says where it tried, or null when it is not one. */
function connectProblem(error: SystemError & { message?: string }): string | null {
  if (error.syscall !== 'connect' && error.syscall !== 'getaddrinfo') return null;
  return `cannot reach the database at DATABASE_URL (${error.code ?? 'connection failed'})`;
}

/**
 * Given whatever stopped the server (or a script) from starting, returns one line that says why in the user's
 * terms (a bad variable, the data directory held by another server, the port taken, the database
 * unreachable), never a stack trace: a start that fails is read by a person at a terminal.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `invalid configuration: ${error.problems.join('; ')}`;
  if (error instanceof DataDirInUseError || error instanceof EmbeddedPostgresStartError) return error.message;
  if (typeof error === 'object' && error !== null) {
    const known = listenProblem(error) ?? connectProblem(error);
    if (known) return known;
  }
  const message = error instanceof Error ? error.message : error === undefined ? '' : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}
