import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformFile } from '@swc/core';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The compiled server: where its entry point is and how to remove it. */
export interface CompiledServer {
  readonly entry: string;
  remove(): Promise<void>;
}

/**
 * Compiles `src/` and `migrations/` to CommonJS with SWC (decorator metadata kept, dynamic imports
 * left as they are for ES-module-only packages) into a fresh folder under `node_modules/.cache`,
 * where the project's packages resolve, and returns the server's entry point. A test then runs the
 * current sources as a real process without depending on a stale `dist/` or a full `tsc` build.
 */
export async function compileServer(): Promise<CompiledServer> {
  const outDir = path.join(
    ROOT,
    'node_modules',
    '.cache',
    'quote-graph-security',
    randomBytes(6).toString('hex'),
  );
  for (const folder of ['src', 'migrations']) {
    const files = (await readdir(path.join(ROOT, folder), { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.d.ts'),
    );
    await Promise.all(
      files.map(async (file) => {
        const source = path.join(ROOT, folder, file);
        const { code } = await transformFile(source, {
          swcrc: false,
          sourceMaps: false,
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
          },
          module: { type: 'commonjs', ignoreDynamic: true },
        });
        const target = path.join(outDir, folder, file.replace(/\.ts$/, '.js'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, code);
      }),
    );
  }
  return {
    entry: path.join(outDir, 'src', 'index.js'),
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
