// The checks every imported document goes through, whatever its format: text, names and meta that
// can be stored (no lone surrogates, annotator names by the rules every door shares), spans inside
// the text, start before end, the quote equal to the covered text, unique ids, relations between
// known spans. Label and relation-type keys are checked where the scheme is known, after the
// user's label mapping (main/db/importScheme.ts), with the same rules.
import { InputError } from '../errors';
import { textProblem } from '../validation/cleanText';
import { annotatorNameProblem } from '../validation/names';
import { offsetMapFor, sliceCodePoints } from '../offsets';
import type { NativeDocument, NativeRelation, NativeSpan, SpanOrigin } from './native';

/** A document with its invalid spans and relations removed, and why each was removed; null when the document itself cannot be stored. */
export interface ValidatedDocument {
  document: NativeDocument | null;
  /** Where each kept span was read, by index, when the parser said. */
  spanOrigins: SpanOrigin[] | undefined;
  problems: InputError[];
}

/** Checks a document and its annotations; problems name the file and line (a span's own, where its format has one). */
export function validateDocument(
  document: NativeDocument,
  file: string,
  line: number | null,
  spanOrigins?: SpanOrigin[],
): ValidatedDocument {
  const documentProblem = documentLevelProblem(document);
  if (documentProblem !== null) {
    return {
      document: null,
      spanOrigins: undefined,
      problems: [new InputError(file, line, `document ${JSON.stringify(document.id)}: ${documentProblem}`)],
    };
  }
  const keptOrigins: SpanOrigin[] = [];
  const problems: InputError[] = [];
  const problemAt = (origin: SpanOrigin | undefined, reason: string) =>
    problems.push(
      new InputError(
        origin?.file ?? file,
        origin === undefined ? line : origin.line,
        `document "${document.id}": ${reason}`,
      ),
    );
  const problem = (reason: string) => problemAt(undefined, reason);
  const offsets = offsetMapFor(document.text);
  const spanIds = new Set<string>();
  const spans = document.spans.filter((span, index) => {
    const name = span.id === undefined ? `span #${index + 1}` : `span "${span.id}"`;
    const origin = spanOrigins?.[index];
    const problem = (reason: string) => problemAt(origin, reason);
    const unstorable = spanProblem(span);
    if (unstorable !== null) {
      problem(`${name}: ${unstorable}`);
      return false;
    }
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0) {
      problem(
        `${name}: offsets must be whole numbers from 0 that fall between characters (got ${span.start}-${span.end})`,
      );
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
    if (origin !== undefined) keptOrigins.push(origin);
    return true;
  });
  const relationIds = new Set<string>();
  const relations = document.relations.filter((relation, index) => {
    const name = relation.id === undefined ? `relation #${index + 1}` : `relation "${relation.id}"`;
    const unstorable = relationProblem(relation);
    if (unstorable !== null) {
      problem(`${name}: ${unstorable}`);
      return false;
    }
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
  return {
    document: problems.length === 0 ? document : { ...document, spans, relations },
    spanOrigins: spanOrigins === undefined ? undefined : keptOrigins,
    problems,
  };
}

// What makes a whole document unstorable: its id, title, text, meta or an annotator in its status.
function documentLevelProblem(document: NativeDocument): string | null {
  const fields: [string, string][] = [
    ['the id', document.id],
    ['the text', document.text],
    ['the title', document.title],
  ];
  for (const [field, value] of fields) {
    const problem = textProblem(value);
    if (problem !== null) return `${field} ${problem}`;
  }
  const meta = jsonTextProblem(document.meta, 'meta');
  if (meta !== null) return meta;
  for (const annotator of Object.keys(document.status)) {
    const problem = annotatorNameProblem(annotator);
    if (problem !== null) return `status: ${problem}`;
  }
  return null;
}

function spanProblem(span: NativeSpan): string | null {
  if (span.annotator !== undefined) {
    const problem = annotatorNameProblem(span.annotator);
    if (problem !== null) return problem;
  }
  return jsonTextProblem({ id: span.id, note: span.note, quote: span.quote, attributes: span.attributes }, null);
}

function relationProblem(relation: NativeRelation): string | null {
  if (relation.annotator !== undefined) {
    const problem = annotatorNameProblem(relation.annotator);
    if (problem !== null) return problem;
  }
  return jsonTextProblem({ id: relation.id }, null);
}

// The first string (key or value) in a JSON value that cannot be stored, with its field path.
// A loop, not recursion: the nesting of JSON is limited when it is read, but this needs no stack.
function jsonTextProblem(value: unknown, root: string | null): string | null {
  const stack: { value: unknown; path: string | null }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: item, path } = stack.pop()!;
    const field = (key: string) => (path === null ? key : `${path}.${key}`);
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem !== null) return `field "${path}" ${problem}`;
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => stack.push({ value: element, path: field(String(index)) }));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        const problem = textProblem(key);
        if (problem !== null) return `a field name in "${path ?? 'the record'}" ${problem}`;
        stack.push({ value: element, path: field(key) });
      }
    }
  }
  return null;
}
