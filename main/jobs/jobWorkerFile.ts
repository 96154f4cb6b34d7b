import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SpanmarkError } from '../../shared/errors';

/** The bundled worker script: beside the running bundle in dist/main, or there from a source checkout (tests). */
export function jobWorkerFile(): string {
  const candidates = [join(__dirname, 'jobWorker.cjs'), resolve(__dirname, '..', '..', 'dist', 'main', 'jobWorker.cjs')];
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined) throw new SpanmarkError('internal', 'the job worker is not built; run `npm run build`');
  return found;
}
