// Issue 4's targets: bulk import and export through the real CLI, with peak memory.
import { mkdirSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { report, runCli, seededRandom } from './benchKit.mjs';

const WORDS = [
  'minister',
  'said',
  'the',
  'report',
  'claims',
  'evidence',
  'of',
  'a',
  'new',
  'policy',
  'crisis',
  'people',
  '👋🏽',
  '中文',
  'مرحبا',
  'government',
];
const LABELS = ['claim', 'evidence', 'opinion', 'Loaded_Language', 'Doubt', 'Flag-Waving'];

/** An article of about `chars` characters with CRLF paragraph breaks, emoji, CJK and Arabic words. */
function article(random, chars) {
  const words = [];
  let length = 0;
  while (length < chars) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    words.push(word);
    length += word.length + 1;
    if (random() < 0.02) words.push('.\r\n');
  }
  return words.join(' ');
}

function spansFor(random, text, count) {
  const length = Array.from(text).length;
  return Array.from({ length: count }, (_, s) => {
    const start = Math.floor(random() * (length - 60));
    return {
      id: `s${s}`,
      start,
      end: start + 1 + Math.floor(random() * 59),
      label: LABELS[s % LABELS.length],
      annotator: `a${s % 3}`,
    };
  });
}

/** Writes a native JSONL corpus line by line (never the whole file in memory). */
async function writeCorpus(path, documents, charsPerDocument, spansPerDocument) {
  const random = seededRandom(7);
  const out = createWriteStream(path);
  for (let d = 0; d < documents; d++) {
    const text = article(random, charsPerDocument);
    const line = JSON.stringify({
      id: `doc${d}`,
      text,
      spans: spansFor(random, text, spansPerDocument),
      status: { a0: d % 2 ? 'done' : 'in_progress' },
    });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** A PTC-style folder: article<ID>.txt files and one label file of `id technique start end` lines. */
function writePtc(folder, articles, labels) {
  const random = seededRandom(11);
  mkdirSync(folder, { recursive: true });
  const lines = [];
  const techniques = ['Loaded_Language', 'Name_Calling,Labeling', 'Doubt', 'Repetition', 'Flag-Waving'];
  for (let a = 0; a < articles; a++) {
    const id = 700000000 + a;
    const text = article(random, 4000);
    writeFileSync(join(folder, `article${id}.txt`), text);
    const length = Array.from(text).length;
    const count = Math.round(labels / articles) + (a < labels % articles ? 1 : 0);
    for (let l = 0; l < count && lines.length < labels; l++) {
      const start = Math.floor(random() * (length - 60));
      lines.push(`${id}\t${techniques[l % techniques.length]}\t${start}\t${start + 1 + Math.floor(random() * 59)}`);
    }
  }
  writeFileSync(join(folder, 'train-task-flc-tc.labels'), `${lines.join('\n')}\n`);
  return lines.length;
}

/** Runs the dataset benchmarks in `work`; returns whether every target was met. */
export async function runDatasetsBench(work, { formats }) {
  let ok = true;
  console.log('\n== Datasets (issue 4) ==');
  const corpus = join(work, 'corpus-200k.jsonl');
  await writeCorpus(corpus, 10_000, 4_000, 20);
  console.log(`corpus: 10,000 articles, 200,000 spans, ${(statSync(corpus).size / 1e6).toFixed(1)} MB native JSONL`);
  const project = join(work, 'import.spanmark');
  runCli(['init', project]);
  const imported = runCli(['import', project, corpus]);
  ok = report('import 10,000 articles / 200,000 spans (native JSONL)', imported.ms, 'ms', 10_000) && ok;
  ok = report('  peak RSS of that import', imported.peakRssMb, 'MB', 400) && ok;

  const bigCorpus = join(work, 'corpus-1m.jsonl');
  await writeCorpus(bigCorpus, 10_000, 4_000, 100);
  const big = join(work, 'export.spanmark');
  runCli(['init', big]);
  const bigImport = runCli(['import', big, bigCorpus]);
  report('(setup) import 10,000 articles / 1,000,000 spans', bigImport.ms, 'ms');
  for (const format of ['jsonl', 'csv', 'conll'].filter((name) => formats.includes(name))) {
    const exported = runCli(['export', big, '--format', format, '--out', join(work, `out.${format}`)]);
    ok = report(`export 1,000,000 spans to ${format}`, exported.ms, 'ms', 10_000) && ok;
    report(`  peak RSS of that export`, exported.peakRssMb, 'MB');
  }

  if (formats.includes('ptc')) {
    const folder = join(work, 'ptc');
    const labels = writePtc(folder, 371, 6_000);
    const ptcProject = join(work, 'ptc.spanmark');
    runCli(['init', ptcProject]);
    const ptc = runCli(['import', ptcProject, folder, '--format', 'ptc']);
    ok = report(`PTC import of 371 articles with ${labels.toLocaleString('en')} labels`, ptc.ms, 'ms', 2_000) && ok;
  }
  return ok;
}
