import autocannon from 'autocannon';
import { loopFigures, type LoopFigures } from './measure-loop';

/** What to send: one JSON body by POST, from `connections` keep-alive connections for `seconds`. */
export interface HttpLoad {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

/**
 * Given a load, drives it with autocannon and returns its figures from each response's own
 * microsecond timing: autocannon's histogram keeps whole milliseconds, too coarse beside the floor.
 */
export function driveHttp(load: HttpLoad): Promise<LoopFigures & { non2xx: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: load.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: load.body,
        connections: load.connections,
        duration: load.seconds,
      },
      (error, result) => {
        if (error) reject(error);
        else resolve({ ...loopFigures(latencies, result.duration), non2xx: result.non2xx });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, milliseconds) => {
      if (statusCode === 200) latencies.push(milliseconds);
    });
  });
}
