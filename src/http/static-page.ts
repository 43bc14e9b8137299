import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

// Compiled code runs from dist/src/http, sources from src/http: the folder is found once, from either.
const PUBLIC_DIR = [
  path.resolve(__dirname, '..', '..', '..', 'public'),
  path.resolve(__dirname, '..', '..', 'public'),
].find((folder) => existsSync(folder));

const PAGES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer.js': { file: 'explorer.js', type: 'text/javascript; charset=utf-8' },
  '/explorer.css': { file: 'explorer.css', type: 'text/css; charset=utf-8' },
};

/**
 * Given a path, serves the matching file of the quote explorer (`public/`) and returns true, or
 * returns false when the path is not one of its files. Only GET and HEAD are served.
 */
export async function serveStaticPage(
  urlPath: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const page = PAGES[urlPath];
  if (!page || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  const content =
    PUBLIC_DIR === undefined ? null : await readFile(path.join(PUBLIC_DIR, page.file)).catch(() => null);
  if (content === null) return false;
  response.writeHead(200, {
    'content-type': page.type,
    'content-length': content.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : content);
  return true;
}
