// CoNLL BIO, import and export: `token<TAB>tag` lines, a blank line after each sentence, and
// `-DOCSTART-<TAB>O` plus a blank line before each document. Tokens and sentences come from
// shared/textSegments. There are no offsets: import rebuilds the text from the tokens.
import type { ExportCodec, ImportCodec } from './codec';
import { bioTagging } from './conllTags';
import { DOCSTART, readConllFile } from './conllReader';

/** CoNLL BIO: one token a line with its tag (`O`, `B-<label>`, `I-<label>`; the technique when a span has one). */
export const conllCodec: ImportCodec & ExportCodec = {
  accepts: (name) => /\.(conll|bio|iob2?)$/iu.test(name),
  *parse(files) {
    for (const file of files) yield* readConllFile(file);
  },
  target: 'file',
  // The file holds no offsets, so no unit applies; say code points, the project's own.
  unitFor: () => 'codepoint',
  write(documents, sink, context) {
    const lost = { spans: 0, dropped: 0, split: 0, snapped: 0, relations: 0 };
    for (const document of documents) {
      const tagging = bioTagging(document);
      lost.spans += document.spans.length;
      lost.dropped += tagging.dropped;
      lost.split += tagging.split;
      lost.snapped += tagging.snapped;
      lost.relations += document.relations.length;
      const lines = [`${DOCSTART}\tO`, ''];
      for (const sentence of tagging.sentences) {
        for (const token of sentence) lines.push(`${token.text}\t${token.tag}`);
        lines.push('');
      }
      sink.write(`${lines.join('\n')}\n`);
    }
    if (lost.dropped > 0) {
      context.warn(
        `CoNLL BIO gives each token one tag: ${lost.dropped} of ${lost.spans} span(s) overlapping a longer span (or sharing its token, or covering only whitespace) were dropped; export one annotator at a time to keep more`,
      );
    }
    if (lost.split > 0)
      context.warn(`${lost.split} span(s) crossing a sentence break were written as one span per sentence`);
    if (lost.snapped > 0)
      context.warn(
        `${lost.snapped} span(s) starting or ending inside a token (or on a space) were written as whole tokens`,
      );
    if (lost.relations > 0) context.warn(`CoNLL BIO has no relations: ${lost.relations} relation(s) were not written`);
  },
};
