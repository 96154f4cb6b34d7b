// The AAEC multi-annotator sample (three essays, three annotators' raw brat files) as agreement input.
// Only the T lines matter here, so a few lines of parsing replace a brat codec.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementDocument, AgreementInput, AgreementSpan } from '../../../shared/agreement/types';
import { decodeUtf8 } from '../../../shared/textDecoding';
import { realdata } from '../../helpers/realdata';

const AAEC = realdata('aaec_multiannotator');
export const AAEC_ANNOTATORS = ['annotator1', 'annotator2', 'annotator3'];

/** The spans of a brat .ann file's T lines; discontinuous fragments become one span each. */
export function bratTextBoundSpans(ann: string, annotator: string): AgreementSpan[] {
  const spans: AgreementSpan[] = [];
  for (const line of ann.split('\n')) {
    const match = /^T\d+\t(\S+) ([\d ;]+)\t/u.exec(line);
    if (!match) continue;
    for (const fragment of match[2]!.split(';')) {
      const [start, end] = fragment.trim().split(' ').map(Number);
      spans.push({ annotator, label: match[1]!, technique: null, start: start!, end: end! });
    }
  }
  return spans;
}

/** The three essays with each annotator's spans (and, if asked, the adjudicated gold as annotator `gold`). */
export function aaecInput(options: { withGold?: boolean } = {}): AgreementInput {
  const essays = readdirSync(join(AAEC, 'brat-project-final'))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => name.replace(/\.txt$/u, ''));
  const documents = essays.map((essay): AgreementDocument => {
    const read = (...parts: string[]) => decodeUtf8(readFileSync(join(AAEC, ...parts)), parts.join('/'));
    const spans = AAEC_ANNOTATORS.flatMap((annotator) =>
      bratTextBoundSpans(read('Step1', annotator, `${essay}.ann`), annotator),
    );
    if (options.withGold) spans.push(...bratTextBoundSpans(read('brat-project-final', `${essay}.ann`), 'gold'));
    return { id: essay, text: read('brat-project-final', `${essay}.txt`), spans, done: [] };
  });
  return { documents };
}
