import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors';
import { nativeCodec, parseNativeLine, writeNativeLine } from '../../../shared/formats/native';
import { validateDocument } from '../../../shared/formats/validateDocument';
import { exportContext, memoryFile, recordingSink } from '../../helpers/codecIo';
import { codePointRange, MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

const emoji = codePointRange(MULTILINGUAL_TEXT, '👋🏽 world');

function line(record: unknown): string {
  return JSON.stringify(record);
}

// Parses and validates a line the way an import does, throwing the first problem.
function importLine(text: string, file: string, lineNumber: number) {
  const { problems, document } = validateDocument(parseNativeLine(text, file, lineNumber), file, lineNumber);
  if (problems.length > 0) throw problems[0];
  return document;
}

function parseNativeJsonl(content: string, file: string) {
  return [...nativeCodec.parse([memoryFile(file, content)])].map((item) => {
    if ('error' in item) throw item.error;
    return { document: item.document, line: item.line };
  });
}

describe('native JSONL', () => {
  it('takes a long first line as the title cut by characters, never through an emoji, so the document imports', () => {
    const text = `${'a'.repeat(198)}👋🏽 and more words after the cut\nbody`;
    const document = importLine(line({ id: 'long', text }), 'in.jsonl', 1)!;
    expect(document.title).toBe(`${'a'.repeat(198)}👋…`);
  });

  it('reads a document with spans, relations and statuses, filling defaults', () => {
    const document = parseNativeLine(
      line({
        id: 'd1',
        text: MULTILINGUAL_TEXT,
        spans: [
          { id: 's1', ...emoji, label: 'claim', annotator: 'ana' },
          { id: 's2', start: 0, end: 5, label: 'evidence' },
        ],
        relations: [{ type: 'supports', from: 's2', to: 's1' }],
        status: { ana: 'done' },
      }),
      'in.jsonl',
      1,
    );
    expect(document.title).toBe('Héllo 👋🏽 world');
    expect(document.meta).toEqual({});
    expect(document.spans).toHaveLength(2);
    expect(document.relations[0]).toMatchObject({ from: 's2', to: 's1' });
  });

  it('round-trips a document exactly, CRLF and emoji included', () => {
    const original = parseNativeLine(
      line({
        id: 'd1',
        title: 't',
        text: MULTILINGUAL_TEXT,
        meta: { source: 'x' },
        spans: [],
        relations: [],
        status: {},
      }),
      'in.jsonl',
      1,
    );
    expect(parseNativeLine(writeNativeLine(original), 'out.jsonl', 1)).toEqual(original);
    expect(JSON.parse(writeNativeLine(original)).text).toBe(MULTILINGUAL_TEXT);
  });

  it.each([
    ['not JSON', '{"id":', /in\.jsonl:3: not valid JSON/],
    ['a missing text', line({ id: 'd' }), /in\.jsonl:3: field "text"/],
    [
      'start not before end',
      line({ id: 'd', text: 'abc', spans: [{ start: 2, end: 2, label: 'claim' }] }),
      /in\.jsonl:3: document "d": span #1: start 2 must be less than end 2/,
    ],
    [
      'an end past the text',
      line({ id: 'd', text: '😀ab', spans: [{ id: 'x', start: 0, end: 4, label: 'claim' }] }),
      /in\.jsonl:3: document "d": span "x": end 4 is past the end of the text \(3 code points\)/,
    ],
    [
      'a negative start',
      line({ id: 'd', text: 'abc', spans: [{ start: -1, end: 2, label: 'claim' }] }),
      /in\.jsonl:3: field "spans\.0\.start"/,
    ],
    [
      'a quote that does not match',
      line({ id: 'd', text: '😀abc', spans: [{ start: 1, end: 3, label: 'claim', quote: 'bc' }] }),
      /does not match the text at 1-3 \("ab"\)/,
    ],
    [
      'a relation to a missing span',
      line({
        id: 'd',
        text: 'abc',
        spans: [{ id: 'a', start: 0, end: 1, label: 'claim' }],
        relations: [{ type: 'supports', from: 'a', to: 'zz' }],
      }),
      /points to span "zz"/,
    ],
    [
      'duplicate span ids',
      line({
        id: 'd',
        text: 'abc',
        spans: [
          { id: 'a', start: 0, end: 1, label: 'claim' },
          { id: 'a', start: 1, end: 2, label: 'claim' },
        ],
      }),
      /span "a" appears twice/,
    ],
    ['an unknown status', line({ id: 'd', text: 'abc', status: { ana: 'finished' } }), /field "status\.ana"/],
  ])('rejects %s with the file and line', (_case, text, message) => {
    expect(() => importLine(text, 'in.jsonl', 3)).toThrow(InputError);
    expect(() => importLine(text, 'in.jsonl', 3)).toThrow(message);
  });

  it('numbers lines from 1, skipping blank lines but counting them', () => {
    const content = `${line({ id: 'a', text: 'x' })}\n\n${line({ id: 'b', text: 'y' })}\r\n`;
    expect([...parseNativeJsonl(content, 'f.jsonl')].map(({ document, line: n }) => [document.id, n])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    expect(() => [...parseNativeJsonl(`${line({ id: 'a', text: 'x' })}\n{oops`, 'f.jsonl')]).toThrow(/f\.jsonl:2:/);
  });

  it('writes its offset unit on every line and reads UTF-16 offsets back into code points', () => {
    const document = parseNativeLine(
      line({ id: 'd', text: MULTILINGUAL_TEXT, spans: [{ id: 's', ...emoji, label: 'claim', quote: '👋🏽 world' }] }),
      'in.jsonl',
      1,
    );
    const sink = recordingSink();
    nativeCodec.write([document], sink, exportContext('utf16'));
    const written = JSON.parse(sink.output()) as { offsets: string; spans: { start: number; end: number }[] };
    expect(written.offsets).toBe('utf16');
    expect(MULTILINGUAL_TEXT.slice(written.spans[0]!.start, written.spans[0]!.end)).toBe('👋🏽 world');
    expect(parseNativeJsonl(sink.output(), 'out.jsonl')[0]!.document.spans[0]).toMatchObject(emoji);
  });

  it('yields a line it cannot read as an error and goes on with the next', () => {
    const items = [...nativeCodec.parse([memoryFile('f.jsonl', `{oops\n${line({ id: 'b', text: 'y' })}\n`)])];
    expect(items.map((item) => ('error' in item ? item.error.message.slice(0, 10) : item.document.id))).toEqual([
      'f.jsonl:1:',
      'b',
    ]);
  });
});
