import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SpanmarkError } from '../../shared/errors';

/**
 * The bundled worker script: beside the running bundle in dist/main, or there from a source
 * checkout (tests). In the packaged app the worker and the SQLite driver it loads are unpacked
 * beside the asar archive (electron-builder.yml), because a worker thread reads real files.
 */
export function jobWorkerFile(): string {
  const beside = join(__dirname, 'jobWorker.cjs');
  const candidates = [
    beside.replace(/app\.asar([\\/])/u, 'app.asar.unpacked$1'),
    beside,
    resolve(__dirname, '..', '..', 'dist', 'main', 'jobWorker.cjs'),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new SpanmarkError('internal', 'the job worker is not built; run `npm run build`');
  return found;
}
