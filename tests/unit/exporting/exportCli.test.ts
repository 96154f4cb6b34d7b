import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, runCliOk } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
beforeEach(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'p.spanmark');
  runCliOk(['init', project]);
  runCliOk(['import', project, join(REPO_ROOT, 'seeds')]);
});
afterEach(() => temp.cleanup());

const documents = () => JSON.parse(runCliOk(['stats', project, '--json']).stdout).documents as number;

describe('spanmark export refuses targets that would destroy data', () => {
  it('exits 1 on a folder that holds other files and deletes nothing', () => {
    const docs = join(temp.dir, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'paper.txt'), 'my paper');
    const result = runCli(['export', project, '--format', 'brat', '--out', docs]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already holds files (paper.txt)');
    expect(readdirSync(docs)).toEqual(['paper.txt']);
    expect(readFileSync(join(docs, 'paper.txt'), 'utf8')).toBe('my paper');
  });

  it("refuses --out . beside the project, and the project's own file", () => {
    const here = runCli(['export', 'p.spanmark', '--format', 'brat', '--out', '.'], { cwd: temp.dir });
    expect(here.code).toBe(1);
    expect(here.stderr).toContain('holds the open project');
    for (const format of ['jsonl', 'brat']) {
      const onto = runCli(['export', 'p.spanmark', '--format', format, '--out', 'p.spanmark'], { cwd: temp.dir });
      expect(onto.code).toBe(1);
      expect(onto.stderr).toContain('is the open project');
    }
    expect(documents()).toBe(5);
    expect(readdirSync(temp.dir).sort()).toEqual(['p.spanmark']);
  });
});
