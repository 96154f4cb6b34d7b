import { describe, expect, it } from 'vitest';
import { parseTxtDocument } from '../../../shared/formats/txt';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('txt documents', () => {
  it('uses the file name as id and the first non-blank line as title, keeping the text exactly', () => {
    const document = parseTxtDocument('/data/000_abc.txt', utf8(`\r\n  ${MULTILINGUAL_TEXT}`));
    expect(document.id).toBe('000_abc');
    expect(document.title).toBe('Héllo 👋🏽 world');
    expect(document.text).toBe(`\r\n  ${MULTILINGUAL_TEXT}`);
  });

  it('drops a UTF-8 byte-order mark and nothing else', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\nbody')]);
    expect(parseTxtDocument('a.txt', bytes).text).toBe('Title\r\nbody');
  });

  it('refuses bytes that are not UTF-8, naming the file', () => {
    expect(() => parseTxtDocument('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toThrow(/latin1\.txt: the file is not valid UTF-8/);
  });
});
