// Issue 5's targets: the whole `spanmark agreement --json` process on large multi-annotator projects.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { report, runCli, seededRandom } from './benchKit.mjs';

const LABELS = ['claim', 'evidence', 'opinion', 'Loaded_Language', 'Doubt'];

/** Documents where each annotator marks about the same spans, with shifted boundaries and some label flips. */
async function writeStudy(path, documents, annotators, spansEach) {
  const random = seededRandom(3);
  const out = createWriteStream(path);
  for (let d = 0; d < documents; d++) {
    const text = Array.from({ length: 500 }, () => (random() < 0.1 ? 'évidence👋🏽' : 'word')).join(' ');
    const length = Array.from(text).length;
    const base = Array.from({ length: spansEach }, (_, s) => {
      const start = Math.floor(random() * (length - 80));
      return { start, end: start + 5 + Math.floor(random() * 70), label: LABELS[s % LABELS.length] };
    });
    const spans = [];
    for (let a = 0; a < annotators; a++) {
      base.forEach((span, s) => {
        const shift = random() < 0.3 ? Math.floor(random() * 5) : 0;
        const label = random() < 0.1 ? LABELS[(s + 1) % LABELS.length] : span.label;
        spans.push({ id: `a${a}-${s}`, start: span.start + shift, end: span.end, label, annotator: `annotator${a}` });
      });
    }
    if (!out.write(`${JSON.stringify({ id: `doc${d}`, text, spans })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the agreement benchmarks in `work`; returns whether every target was met. */
export async function runAgreementBench(work) {
  console.log('\n== Agreement (issue 5) ==');
  let ok = true;
  for (const [documents, annotators, target] of [
    [1_000, 3, 3_000],
    [200, 20, 5_000],
  ]) {
    const corpus = join(work, `study-${documents}-${annotators}.jsonl`);
    await writeStudy(corpus, documents, annotators, 50);
    const project = join(work, `study-${documents}-${annotators}.spanmark`);
    runCli(['init', project]);
    runCli(['import', project, corpus]);
    const run = runCli(['agreement', project, '--json']);
    const parsed = JSON.parse(run.stdout);
    ok =
      report(
        `agreement --json, ${documents} docs × ${annotators} annotators × 50 spans (${parsed.documents} in scope)`,
        run.ms,
        'ms',
        target,
      ) && ok;
  }
  return ok;
}
