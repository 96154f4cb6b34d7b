// Adjudication on real data: the AAEC sample (three essays, each marked by three annotators, plus
// the corpus's own adjudicated gold, imported here as `imported`). Expected values are counted
// straight from the brat files, independently of the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDocuments } from '../../../main/db/importDocuments';
import { ServiceContext } from '../../../main/service/context';
import { readImportFiles } from '../../../main/service/importing/readImportFiles';
import { createProject } from '../../../main/service/project';
import type { Span } from '../../../shared/domain';
import { sliceCodePoints } from '../../../shared/offsets';
import { bratTextBoundSpans } from '../agreement/aaecCorpus';
import { realdata } from '../../helpers/realdata';
import { call } from '../../helpers/serviceCalls';
import { makeTempDir } from '../../helpers/tempDir';

const AAEC = realdata('aaec_multiannotator');
const ESSAYS = ['essay004', 'essay005', 'essay006'];
const RAW = ['annotator1', 'annotator2', 'annotator3'];
const ANNOTATORS = RAW.map((name) => `Step1/${name}`);
/** The corpus's adjudicated gold, imported under the fallback annotator. */
const AAEC_GOLD = 'imported';
const documentId = (essay: string) => `brat-project-final/${essay}`;
const same = (s: { start: number; end: number; label: string }) => `${s.start}-${s.end}-${s.label}`;

let temp: ReturnType<typeof makeTempDir>;
let context: ServiceContext;
beforeEach(() => {
  temp = makeTempDir();
  const project = createProject(join(temp.dir, 'aaec.spanmark'));
  importDocuments(project.db, readImportFiles([AAEC], 'brat'));
  context = new ServiceContext(project, { appVersion: '0.0.0-test' });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

/** Per essay, the keys that at least two of the three raw annotator files share. */
function majorityKeys(essay: string): Set<string> {
  const votes = new Map<string, number>();
  for (const name of RAW) {
    const keys = new Set(
      bratTextBoundSpans(readFileSync(join(AAEC, 'Step1', name, `${essay}.ann`), 'utf8'), name).map(same),
    );
    for (const key of keys) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  return new Set([...votes].filter(([, count]) => count >= 2).map(([key]) => key));
}

function spansOf(essay: string, annotator: string): Span[] {
  return call(context, 'getAnnotations', { document: documentId(essay), annotators: [annotator], annotator }).spans;
}

describe('adjudication of the AAEC sample', () => {
  it('auto-merges exactly the spans two of three annotators share, with quotes equal to the text', () => {
    const report = call(context, 'autoMerge', { annotators: ANNOTATORS });
    const expected = ESSAYS.map((essay) => majorityKeys(essay).size);
    expect(report.k).toBe(2);
    expect(report.documents.map((d) => [d.document, d.spans])).toEqual(
      ESSAYS.map((essay, i) => [documentId(essay), expected[i]]),
    );
    expect(report.spansAccepted).toBe(39);
    for (const essay of ESSAYS) {
      const text = call(context, 'getDocument', { id: documentId(essay) }).text;
      const gold = spansOf(essay, 'gold');
      expect(new Set(gold.map(same))).toEqual(majorityKeys(essay));
      for (const span of gold) expect(sliceCodePoints(text, span.start, span.end)).toBe(span.quote);
    }
  });

  it('shows the label flip the corpus notes (Claim vs Premise at 1074–1158 in essay004) as an open group', () => {
    call(context, 'autoMerge', { annotators: ANNOTATORS });
    const { groups } = call(context, 'listDisagreements', { document: documentId('essay004'), annotators: ANNOTATORS });
    const flip = groups.find((g) => g.start === 1074 && g.end === 1158)!;
    expect(flip.versions.map((v) => v.spans.map((s) => s.label))).toEqual([['Claim'], ['Premise'], ['Premise']]);
    expect(flip.gold.map(same)).toEqual(['1074-1158-Premise']);
  });

  it('reaches the corpus’s own gold exactly by accepting, in each open group, the version that matches it', () => {
    call(context, 'autoMerge', { annotators: ANNOTATORS });
    let accepted = 0;
    let rejected = 0;
    for (const essay of ESSAYS) {
      const document = documentId(essay);
      const reference = spansOf(essay, AAEC_GOLD);
      for (const group of call(context, 'listDisagreements', { document, annotators: ANNOTATORS }).groups) {
        const wanted = reference
          .filter((s) => s.start >= group.start && s.end <= group.end)
          .map(same)
          .sort();
        const match = group.versions.find((v) => JSON.stringify(v.spans.map(same).sort()) === JSON.stringify(wanted));
        if (match !== undefined) {
          call(context, 'resolveDisagreement', {
            document,
            key: group.key,
            action: 'accept',
            annotators: ANNOTATORS,
            version: match.annotator,
          });
          accepted++;
        } else {
          call(context, 'resolveDisagreement', { document, key: group.key, action: 'reject', annotators: ANNOTATORS });
          rejected++;
        }
      }
      expect(call(context, 'listDisagreements', { document, annotators: ANNOTATORS }).groups).toEqual([]);
    }
    // In this sample every open group has one annotator whose version is the corpus's choice.
    expect([accepted, rejected]).toEqual([20, 0]);
    const differences = ESSAYS.flatMap((essay) => {
      const ours = new Set(spansOf(essay, 'gold').map(same));
      const theirs = new Set(spansOf(essay, AAEC_GOLD).map(same));
      return [...theirs].filter((key) => !ours.has(key)).concat([...ours].filter((key) => !theirs.has(key)));
    });
    expect(differences).toEqual([]);
    expect(call(context, 'getCurationProgress', { annotators: ANNOTATORS })).toMatchObject({
      open: 0,
      decided: accepted + rejected,
    });
  });
});
