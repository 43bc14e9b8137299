import pino, { type Logger } from 'pino';

/**
 * Given a level and the environment, returns the process logger: JSON lines (one object per event,
 * what log shippers read), or readable colour lines in development on a terminal.
 */
export function createLogger(level: string, env: string): Logger {
  const pretty = env === 'development' && process.stdout.isTTY;
  return pino({
    level,
    base: { service: 'quote-graph' },
    redact: ['req.headers.authorization', 'headers.authorization'],
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' },
          },
        }
      : {}),
  });
}
