import type { ImportRecord } from '../../main/db/importDocuments';
import type { NativeDocument } from '../../shared/formats/native';

/** An import record for a document built from a few fields, with defaults for the rest. */
export function record(document: Partial<NativeDocument> & { id: string; text: string }, line = 1): ImportRecord {
  return {
    document: { title: document.id, meta: {}, spans: [], relations: [], status: {}, ...document },
    file: 'test.jsonl',
    line,
  };
}
