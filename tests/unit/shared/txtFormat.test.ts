import { describe, expect, it } from 'vitest';
import { txtCodec, txtDocument } from '../../../shared/formats/txt';
import { memoryFile } from '../../helpers/codecIo';
import { MULTILINGUAL_TEXT } from '../../helpers/multilingualText';

describe('txt documents', () => {
  it('uses the file name as id and the first non-blank line as title, keeping the text exactly', () => {
    const document = txtDocument('000_abc.txt', `\r\n  ${MULTILINGUAL_TEXT}`);
    expect(document.id).toBe('000_abc');
    expect(document.title).toBe('Héllo 👋🏽 world');
    expect(document.text).toBe(`\r\n  ${MULTILINGUAL_TEXT}`);
  });

  it('keeps the sub-folder in the id of a file found in a folder', () => {
    const [item] = [...txtCodec.parse([memoryFile('2024/june/a.txt', 'Text')])];
    expect(item).toMatchObject({ document: { id: '2024/june/a', text: 'Text' }, line: null });
  });
});
