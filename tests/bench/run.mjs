// `npm run bench`: times the foundation's bulk paths through the real CLI and prints the numbers.
// No targets are asserted here; later issues add their own scenarios with stated targets.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'main', 'cli.cjs');
const work = mkdtempSync(join(tmpdir(), 'spanmark-bench-'));

/** A deterministic pseudo-random generator, so every run measures the same data. */
function lcg(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function generateCorpus(path, documents, spansPerDocument) {
  const random = lcg(42);
  const words = ['claim', 'minister', 'said', '👋🏽', '中文', 'مرحبا', 'evidence', 'report', 'the', 'of'];
  const lines = [];
  for (let d = 0; d < documents; d++) {
    const tokens = Array.from({ length: 600 }, () => words[Math.floor(random() * words.length)]);
    const text = tokens.join(' ').replace(/ the /gu, ' the\r\n');
    const length = Array.from(text).length;
    const spans = Array.from({ length: spansPerDocument }, (_, s) => {
      const start = Math.floor(random() * (length - 40));
      return { id: `s${s}`, start, end: start + 1 + Math.floor(random() * 39), label: ['claim', 'evidence', 'opinion', 'propaganda'][s % 4], annotator: `a${s % 3}` };
    });
    lines.push(JSON.stringify({ id: `doc${d}`, text, spans, status: { a0: 'done' } }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

function timed(label, args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${label} failed: ${result.stderr}`);
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms`);
  return ms;
}

try {
  const project = join(work, 'bench.spanmark');
  const corpus = join(work, 'corpus.jsonl');
  generateCorpus(corpus, 1000, 20);
  console.log(`corpus: 1,000 documents, 20,000 spans, ${(statSync(corpus).size / 1e6).toFixed(1)} MB native JSONL`);
  timed('spanmark init', ['init', project]);
  timed('spanmark import (1,000 docs, 20,000 spans)', ['import', project, corpus]);
  timed('spanmark stats --json', ['stats', project, '--json']);
  timed('spanmark export --format jsonl', ['export', project, '--format', 'jsonl', '--out', join(work, 'out.jsonl')]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
await import('./editorBench.mjs'); // the annotation editor in Chromium: open, keypress, relabel, delete, scroll, heap
