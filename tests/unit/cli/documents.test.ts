// `spanmark rename`, `delete` and `restore` go through the same service as the document list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runCliOk } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'study.spanmark');
  const file = join(temp.dir, 'docs.jsonl');
  const spans = [
    { id: 's1', start: 0, end: 5, label: 'claim', annotator: 'ana' },
    { id: 's2', start: 6, end: 10, label: 'claim', annotator: 'bo' },
  ];
  writeFileSync(
    file,
    [JSON.stringify({ id: 'd1', text: 'Hello brave world', spans }), JSON.stringify({ id: 'd2', text: 'Other' })].join(
      '\n',
    ) + '\n',
  );
  runCliOk(['init', project]);
  runCliOk(['import', project, file]);
});
afterEach(() => temp.cleanup());

const stats = () => JSON.parse(runCliOk(['stats', project, '--json']).stdout) as { documents: number; spans: number };

describe('spanmark rename / delete / restore', () => {
  it('renames, deletes with the spans (saying whose) and restores with the number delete printed', () => {
    expect(runCliOk(['rename', project, 'd1', 'A greeting']).stdout).toBe('Renamed "d1" to "A greeting"\n');
    const deleted = runCliOk(['delete', project, 'd1']).stdout;
    expect(deleted).toMatch(
      /^Deleted "d1" with 2 spans \(ana 1, bo 1\) and 0 relations; bring it back with: spanmark restore .* (\d+)\n$/u,
    );
    expect(stats()).toMatchObject({ documents: 1, spans: 0 });
    const operation = /(\d+)\n$/u.exec(deleted)![1]!;
    expect(runCliOk(['restore', project, operation]).stdout).toBe('Restored "d1"\n');
    expect(stats()).toMatchObject({ documents: 2, spans: 2 });
    const again = runCli(['restore', project, operation]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/a document with id "d1" is in the project again/);
  });
});
