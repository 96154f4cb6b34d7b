import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFiles } from '../../../main/service/readImportFiles';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('readImportFiles', () => {
  it('reads a folder’s .txt files in name order and skips other files', () => {
    const folder = join(temp.dir, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'b.txt'), 'Second\r\nbody');
    writeFileSync(join(folder, 'a.txt'), 'First');
    writeFileSync(join(folder, 'notes.md'), '# not an article');
    const records = [...readImportFiles([folder], 'auto')];
    expect(records.map((r) => [r.document.id, r.document.text])).toEqual([
      ['a', 'First'],
      ['b', 'Second\r\nbody'],
    ]);
  });

  it('reads JSONL records with their line numbers', () => {
    const file = join(temp.dir, 'data.jsonl');
    writeFileSync(file, '{"id":"x","text":"a"}\n\n{"id":"y","text":"b"}\n');
    expect([...readImportFiles([file], 'auto')].map((r) => [r.document.id, r.line])).toEqual([
      ['x', 1],
      ['y', 3],
    ]);
  });

  it('takes an explicit format for a file whatever its extension', () => {
    const file = join(temp.dir, 'article.text');
    writeFileSync(file, 'Plain');
    expect([...readImportFiles([file], 'txt')][0]!.document.text).toBe('Plain');
  });

  it('names the path and the fix when it cannot import something', () => {
    const unknown = join(temp.dir, 'data.xml');
    writeFileSync(unknown, '<x/>');
    expect(() => [...readImportFiles([unknown], 'auto')]).toThrow(/data\.xml: cannot tell the format .*--format txt or --format jsonl/);
    const empty = join(temp.dir, 'empty');
    mkdirSync(empty);
    expect(() => [...readImportFiles([empty], 'auto')]).toThrow(/empty: the folder holds no \.txt or \.jsonl files/);
    expect(() => [...readImportFiles([join(temp.dir, 'nope.txt')], 'auto')]).toThrow(/nope\.txt: no such file or folder/);
  });
});
