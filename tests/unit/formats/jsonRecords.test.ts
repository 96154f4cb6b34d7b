import { describe, expect, it } from 'vitest';
import { jsonRecords } from '../../../shared/formats/jsonRecords';

function read(text: string): (string | { value: unknown; line: number })[] {
  return [...jsonRecords(text, 'f.json')].map((item) => ('error' in item ? item.error.message : item));
}

describe('jsonRecords', () => {
  it('yields the elements of a top-level array with the line each starts on', () => {
    expect(read('[\n  {"a": 1},\n  {"b": [1, 2]}, 3,\n  "x"\n]\n')).toEqual([
      { value: { a: 1 }, line: 2 },
      { value: { b: [1, 2] }, line: 3 },
      { value: 3, line: 3 },
      { value: 'x', line: 4 },
    ]);
  });

  it('is not fooled by brackets, braces and escaped quotes inside strings', () => {
    const tricky = { text: 'a "quoted" } ] [ { \\ back\nslash' };
    expect(read(`[${JSON.stringify(tricky)}, {"n": "\\"}"}]`)).toEqual([
      { value: tricky, line: 1 },
      { value: { n: '"}' }, line: 1 },
    ]);
  });

  it('reads one value a line (JSON Lines), a single pretty-printed object and an empty array', () => {
    expect(read('{"a": 1}\n\n{"b": 2}\r\n')).toEqual([
      { value: { a: 1 }, line: 1 },
      { value: { b: 2 }, line: 3 },
    ]);
    expect(read('\n{\n  "a": {\n    "b": 1\n  }\n}\n')).toEqual([{ value: { a: { b: 1 } }, line: 2 }]);
    expect(read(' [ ] ')).toEqual([]);
  });

  it('reports a bad record at the line of the mistake and goes on', () => {
    expect(read('[\n{"a":\n 1,}, {"b": 2}\n]')).toEqual([
      expect.stringMatching(/^f\.json:3: not valid JSON/u),
      { value: { b: 2 }, line: 3 },
    ]);
  });

  it('stops at broken structure with the line where it starts', () => {
    expect(read('[{"a": 1}, ,]')).toEqual([
      { value: { a: 1 }, line: 1 },
      expect.stringMatching(/^f\.json:1: unexpected ","/u),
    ]);
    expect(read('{"a": 1}\n"open')).toEqual([
      { value: { a: 1 }, line: 1 },
      expect.stringMatching(/^f\.json:2: a string is never closed/u),
    ]);
    expect(read('[{"a": 1}]\n{"b": 2}')).toEqual([
      { value: { a: 1 }, line: 1 },
      expect.stringMatching(/^f\.json:2: unexpected content after/u),
    ]);
  });
});
