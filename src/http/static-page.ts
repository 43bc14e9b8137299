import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

// Compiled code runs from dist/src/http, sources from src/http: the folder is found once, from either.
const PUBLIC_DIR = [
  path.resolve(__dirname, '..', '..', '..', 'public'),
  path.resolve(__dirname, '..', '..', 'public'),
].find((folder) => existsSync(folder));
const NODE_MODULES_DIR =
  PUBLIC_DIR === undefined ? undefined : path.resolve(PUBLIC_DIR, '..', 'node_modules');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The browser modules and data the explorer imports from npm packages (no build step, no CDN): per
 * package, the folders or files under it that may be served. Nothing else in node_modules is reachable.
 */
const VENDOR: Record<string, readonly string[]> = {
  preact: ['dist/', 'hooks/dist/'],
  htm: ['dist/'],
  'd3-array': ['dist/'],
  'd3-geo': ['dist/'],
  'topojson-client': ['src/'],
  'world-atlas': ['countries-110m.json'],
  // The ES-module client imports a sibling whose name carries a build hash: the folder is allowed.
  'graphql-ws': ['dist/'],
};

/** Paths of the explorer's pages: each is the one HTML file, whose router then shows the right page. */
const PAGE_PATH = /^\/(?:(?:speaker|topic|place|article|quote)\/[^/]+)?$/;

/** Given a folder and a relative path from a URL, returns the file inside that folder, or null if it would leave it. */
function inside(folder: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  const file = path.resolve(folder, decoded);
  return file.startsWith(folder + path.sep) ? file : null;
}

function vendorFile(urlPath: string): string | null {
  if (NODE_MODULES_DIR === undefined) return null;
  const [, packageName, ...rest] = urlPath.slice('/vendor/'.length).match(/^([^/]+)\/(.+)$/) ?? [];
  const allowed = packageName === undefined ? undefined : VENDOR[packageName];
  const relative = rest.join('/');
  if (
    !allowed ||
    !allowed.some((prefix) => relative === prefix || (prefix.endsWith('/') && relative.startsWith(prefix)))
  )
    return null;
  return inside(path.join(NODE_MODULES_DIR, packageName as string), relative);
}

/** Given a URL path, returns the file that answers it, or null when the explorer has none. */
function fileFor(urlPath: string): string | null {
  if (PUBLIC_DIR === undefined) return null;
  if (PAGE_PATH.test(urlPath)) return path.join(PUBLIC_DIR, 'index.html');
  if (urlPath.startsWith('/app/')) return inside(path.join(PUBLIC_DIR, 'app'), urlPath.slice('/app/'.length));
  if (urlPath.startsWith('/vendor/')) return vendorFile(urlPath);
  return null;
}

/**
 * Given a path, serves the matching file of the explorer (its pages, `public/app/` and the few npm
 * files it imports) and returns true, or returns false when the path is not one of its files. Only
 * GET and HEAD are served.
 */
export async function serveStaticPage(
  urlPath: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const file = fileFor(urlPath);
  const type = file === null ? undefined : TYPES[path.extname(file)];
  if (file === null || type === undefined) return false;
  const content = await readFile(file).catch(() => null);
  if (content === null) return false;
  response.writeHead(200, {
    'content-type': type,
    'content-length': content.length,
    // Package files change only with an install; the app's own files must show an edit at once.
    'cache-control': urlPath.startsWith('/vendor/') ? 'public, max-age=3600' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(request.method === 'HEAD' ? undefined : content);
  return true;
}
