// Small hand-made corpora for the agreement tests, and per-character reference computations built
// only from the public matrix-style measure functions, to check the fast paths against.
import { cohenKappa } from '../../../shared/agreement/cohenKappa';
import { isUnicodeWhitespace } from '../../../shared/agreement/continuum';
import { fleissKappa } from '../../../shared/agreement/fleissKappa';
import { krippendorffAlphaNominal } from '../../../shared/agreement/krippendorffAlpha';
import { comparedLabel } from '../../../shared/agreement/scope';
import type { AgreementDocument, AgreementInput, AgreementSpan, LabelLevel } from '../../../shared/agreement/types';

/** A span of `annotator` labelled `label` (a technique after a slash: `propaganda/Doubt`). */
export function span(annotator: string, label: string, start: number, end: number): AgreementSpan {
  const [top, technique] = label.split('/');
  return { annotator, label: top!, technique: technique ?? null, start, end };
}

/** A document; `done` lists annotators who marked it done. */
export function doc(id: string, text: string, spans: AgreementSpan[], done: string[] = []): AgreementDocument {
  return { id, text, spans, done };
}

/** Per-character reference values of κ, Fleiss' κ and α for one label (or label sets when `label` is null). */
export function characterReference(
  input: AgreementInput,
  annotators: string[],
  label: string | null,
  level: LabelLevel,
): { alpha: number | null; fleiss: number | null; cohen: Array<number | null> } {
  const rows: string[][] = annotators.map(() => []);
  for (const document of input.documents) {
    const codePoints = [...document.text];
    codePoints.forEach((character, i) => {
      if (isUnicodeWhitespace(character.codePointAt(0)!)) return;
      annotators.forEach((annotator, a) => {
        const covering = new Set(
          document.spans
            .filter((s) => s.annotator === annotator && s.start <= i && i < s.end)
            .map((s) => comparedLabel(s, level)),
        );
        rows[a]!.push(label === null ? [...covering].sort().join('+') : covering.has(label) ? '1' : '0');
      });
    });
  }
  const values = [...new Set(rows.flat())];
  const fleissTable = rows[0]!.map((_, i) => values.map((v) => rows.filter((row) => row[i] === v).length));
  const cohen: Array<number | null> = [];
  for (let a = 0; a < annotators.length; a++) {
    for (let b = a + 1; b < annotators.length; b++) {
      const table = values.map((va) =>
        values.map((vb) => rows[a]!.filter((v, i) => v === va && rows[b]![i] === vb).length),
      );
      cohen.push(cohenKappa(table).value);
    }
  }
  return {
    alpha: krippendorffAlphaNominal(rows).value,
    fleiss: fleissTable.length ? fleissKappa(fleissTable).value : null,
    cohen,
  };
}
