// The checks every imported document goes through, whatever its format: spans inside the text,
// start before end, the quote equal to the covered text, unique ids, relations between known spans.
import { InputError } from '../errors';
import { offsetMapFor, sliceCodePoints } from '../offsets';
import type { NativeDocument } from './native';

/** A document with its invalid spans and relations removed, and why each was removed. */
export interface ValidatedDocument {
  document: NativeDocument;
  problems: InputError[];
}

/** Checks a document's annotations; problems name the file and line. */
export function validateDocument(document: NativeDocument, file: string, line: number | null): ValidatedDocument {
  const problems: InputError[] = [];
  const problem = (reason: string) => problems.push(new InputError(file, line, `document "${document.id}": ${reason}`));
  const offsets = offsetMapFor(document.text);
  const spanIds = new Set<string>();
  const spans = document.spans.filter((span, index) => {
    const name = span.id === undefined ? `span #${index + 1}` : `span "${span.id}"`;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0) {
      problem(`${name}: offsets must be whole numbers from 0 that fall between characters (got ${span.start}-${span.end})`);
      return false;
    }
    if (span.start >= span.end) {
      problem(`${name}: start ${span.start} must be less than end ${span.end}`);
      return false;
    }
    if (span.end > offsets.codePointLength) {
      problem(
        `${name}: end ${span.end} is past the end of the text (${offsets.codePointLength} code points); offsets count Unicode code points, end exclusive`,
      );
      return false;
    }
    if (span.quote !== undefined) {
      const covered = sliceCodePoints(document.text, span.start, span.end, offsets);
      if (covered !== span.quote) {
        problem(
          `${name}: quote ${JSON.stringify(span.quote)} does not match the text at ${span.start}-${span.end} (${JSON.stringify(covered)}); check that offsets count code points`,
        );
        return false;
      }
    }
    if (span.id !== undefined) {
      if (spanIds.has(span.id)) {
        problem(`${name} appears twice; span ids must be unique within a document`);
        return false;
      }
      spanIds.add(span.id);
    }
    return true;
  });
  const relationIds = new Set<string>();
  const relations = document.relations.filter((relation, index) => {
    const name = relation.id === undefined ? `relation #${index + 1}` : `relation "${relation.id}"`;
    const missing = [relation.from, relation.to].find((end) => !spanIds.has(end));
    if (missing !== undefined) {
      problem(`${name} points to span "${missing}", which is not among this document's valid spans`);
      return false;
    }
    if (relation.id !== undefined) {
      if (relationIds.has(relation.id)) {
        problem(`${name} appears twice; relation ids must be unique within a document`);
        return false;
      }
      relationIds.add(relation.id);
    }
    return true;
  });
  return { document: problems.length === 0 ? document : { ...document, spans, relations }, problems };
}
