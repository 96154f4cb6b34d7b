import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFiles as parseFiles } from '../../../main/service/importing/readImportFiles';
import type { ImportFormat } from '../../../shared/formats/formatNames';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;

// The documents read, failing on the first record that could not be read.
function readImportFiles(paths: string[], format: ImportFormat) {
  return [...parseFiles(paths, format)].map((item) => {
    if ('error' in item) throw item.error;
    return item;
  });
}
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
    expect(() => [...readImportFiles([unknown], 'auto')]).toThrow(/data\.xml: cannot tell the format .*pass --format/);
    const empty = join(temp.dir, 'empty');
    mkdirSync(empty);
    expect(() => [...readImportFiles([empty], 'auto')]).toThrow(
      /empty: the folder holds no files to import as \.txt or \.jsonl/,
    );
    expect(() => [...readImportFiles([join(temp.dir, 'nope.txt')], 'auto')]).toThrow(
      /nope\.txt: no such file or folder/,
    );
  });

  it('searches folders recursively, streams lines across chunk borders, drops a BOM and reports bad UTF-8 with its line', () => {
    const folder = join(temp.dir, 'corpus');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    const long = 'x'.repeat(1_500_000);
    writeFileSync(join(folder, 'sub', 'big.jsonl'), `\ufeff{"id":"a","text":"${long}"}\r\n{"id":"b","text":"é😀"}\n`);
    const records = readImportFiles([folder], 'auto');
    expect(records.map((r) => [r.document.id, r.document.text.length, r.line])).toEqual([
      ['a', long.length, 1],
      ['b', 3, 2],
    ]);
    const bad = join(temp.dir, 'bad.jsonl');
    writeFileSync(
      bad,
      Buffer.concat([
        Buffer.from('{"id":"a","text":"ok"}\n{"id":"b","text":"'),
        Buffer.from([0xe9]),
        Buffer.from('"}\n'),
      ]),
    );
    expect(() => readImportFiles([bad], 'jsonl')).toThrow(/bad\.jsonl:2: the file is not valid UTF-8/);
  });
});
