// Issue 9 item 12: every import error names the file and the line the user must open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../main/service/context';
import { diskInputFile } from '../../../main/service/importing/diskInputFile';
import { call } from '../../helpers/serviceCalls';
import { openTempProject, type TempProject } from '../../helpers/tempProject';

let temp: TempProject;
let context: ServiceContext;
beforeEach(() => {
  temp = openTempProject();
  context = temp.context;
});
afterEach(() => temp.cleanup());

function importError(paths: string[], format: 'ptc' | 'brat' | 'jsonl' | 'labelstudio' | 'doccano'): string {
  try {
    call(context, 'importFiles', { paths, format, annotator: 'ana' });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the import to fail');
}

describe('import errors name the file and line', () => {
  it('PTC: a span that does not fit its article names the .labels file and line, not the article', () => {
    const folder = join(temp.dir, 'ptc');
    mkdirSync(folder);
    writeFileSync(join(folder, 'article1.txt'), 'Hello world');
    writeFileSync(join(folder, 'train.labels'), '1\tDoubt\t0\t5\n1\tDoubt\t6\t50\n');
    expect(importError([folder], 'ptc')).toMatch(
      /train\.labels:2: document "1": span #2: end 50 is past the end of the text \(11 code points\)/u,
    );
    writeFileSync(join(folder, 'train.labels'), '1\tDoubt\t0\t5\n1\tName Calling\t6\t11\n');
    expect(importError([folder], 'ptc')).toMatch(
      /train\.labels:2: document "1": a span: label "Name Calling" cannot be added to the scheme/u,
    );
  });

  it('brat: a T line whose text does not match the .txt names the .ann line', () => {
    const folder = join(temp.dir, 'brat');
    mkdirSync(folder);
    writeFileSync(join(folder, 'x.txt'), 'Hello world');
    writeFileSync(join(folder, 'x.ann'), 'T1\tclaim 0 5\tHello\nT2\tclaim 6 11\tWorld\n');
    expect(importError([folder], 'brat')).toMatch(
      /x\.ann:2: document "x": span "T2": quote "World" does not match the text at 6-11 \("world"\)/u,
    );
  });

  it('deeply nested JSON is refused with its file and line, in JSON Lines and in a JSON array', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const lines = join(temp.dir, 'deep.jsonl');
    writeFileSync(lines, `{"id":"a","text":"ok"}\n{"id":"b","text":"ok","meta":{"x":${deep}}}\n`);
    expect(importError([lines], 'jsonl')).toMatch(/deep\.jsonl:2: objects and arrays nest more than 100 levels deep/u);
    const doccano = join(temp.dir, 'deep-doccano.jsonl');
    writeFileSync(doccano, `{"text":"ok","label":[]}\n{"text":"ok","label":${deep}}\n`);
    expect(importError([doccano], 'doccano')).toMatch(
      /deep-doccano\.jsonl:2: objects and arrays nest more than 100 levels/u,
    );
    const array = join(temp.dir, 'deep.json');
    writeFileSync(
      array,
      `[\n  {"data":{"text":"ok"}},\n  {"data":{"text":"ok","x":\n${'['.repeat(5000)}\n${']'.repeat(5000)}}}\n]\n`,
    );
    expect(importError([array], 'labelstudio')).toMatch(/deep\.json:4: objects and arrays nest more than 100 levels/u);
  });

  it('invalid UTF-8 is reported at its own line when a character before it straddles a 1 MB read chunk', () => {
    const chunk = 1 << 20;
    const line1 = Buffer.from('x'.repeat(10) + '\n');
    // Line 2 ends with "é" whose two bytes sit on both sides of the chunk border.
    const line2 = Buffer.concat([Buffer.from('y'.repeat(chunk - line1.length - 1)), Buffer.from('é\n')]);
    const line3 = Buffer.concat([Buffer.from('ok'), Buffer.from([0xff]), Buffer.from('\n')]);
    const path = join(temp.dir, 'chunks.jsonl');
    writeFileSync(path, Buffer.concat([line1, line2, line3]));
    const file = diskInputFile(path, 'chunks.jsonl');
    expect(() => [...file.lines()]).toThrow(/chunks\.jsonl:3: the file is not valid UTF-8/u);
    expect(() => file.text()).toThrow(/chunks\.jsonl:3: the file is not valid UTF-8/u);
    writeFileSync(path, Buffer.concat([line1, line2]));
    expect([...diskInputFile(path, 'chunks.jsonl').lines()].map((line) => line.slice(-1))).toEqual(['x', 'é']);
  });
});
