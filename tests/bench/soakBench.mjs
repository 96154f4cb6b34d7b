// Issue 9's soak: two `spanmark serve` processes and CLI imports on one project at once. Every edit
// acknowledged over HTTP must be in the project afterwards, and none may be refused.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { cli, report, runCli } from './benchKit.mjs';

const SECONDS = Number(process.env.SPANMARK_SOAK_SECONDS ?? 60);
/** Edit loops per server; each sends one edit, waits for the answer, then sends the next. */
const LOOPS_PER_SERVER = 2;
const TEXT = 'The minister said the aid arrived. 👋🏽 中文 مرحبا\r\n'.repeat(40);

async function writeCorpus(path, round, documents, spansPerDocument) {
  const out = createWriteStream(path);
  for (let d = 0; d < documents; d++) {
    const spans = Array.from({ length: spansPerDocument }, (_, s) => ({
      id: `s${s}`,
      start: s * 7,
      end: s * 7 + 5,
      label: 'claim',
      annotator: 'importer',
    }));
    if (!out.write(`${JSON.stringify({ id: `r${round}-d${d}`, text: TEXT, spans })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function serve(project) {
  const child = spawn(process.execPath, [cli, 'serve', project]);
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const url = new URL(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/u.exec(line)[0]);
  return { child, origin: url.origin, token: url.searchParams.get('token') };
}

async function editLoop(server, name, until, results) {
  for (let index = 0; performance.now() < until; index++) {
    const id = `${name}-${index}`;
    const started = performance.now();
    let body;
    try {
      const response = await fetch(`${server.origin}/api/createSpan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-spanmark-token': server.token },
        body: JSON.stringify({
          document: `target${index % 4}`,
          annotator: name,
          id,
          start: index % 1500,
          end: (index % 1500) + 3,
          label: 'claim',
        }),
      });
      body = await response.json();
    } catch (error) {
      body = { ok: false, error: { code: 'transport', message: error.message } };
    }
    const ms = performance.now() - started;
    if (body.ok) results.acknowledged.push({ id, ms });
    else results.refused.push(`${id}: ${body.error.code}: ${body.error.message}`);
  }
}

async function importLoop(project, work, until, results) {
  for (let round = 0; performance.now() < until; round++) {
    const corpus = join(work, `soak-${round}.jsonl`);
    await writeCorpus(corpus, round, 1000, 20);
    const child = spawn(process.execPath, [cli, 'import', project, corpus]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = await once(child, 'exit');
    if (code === 0) results.imports++;
    else results.importFailures.push(stderr.trim());
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs the soak in `work`; returns whether nothing was refused or lost. */
export async function runSoakBench(work) {
  console.log(`\n== Soak (issue 9): two serve processes and CLI imports on one project for ${SECONDS} s ==`);
  const project = join(work, 'soak.spanmark');
  runCli(['init', project]);
  const targets = join(work, 'targets.jsonl');
  const out = createWriteStream(targets);
  for (let t = 0; t < 4; t++) out.write(`${JSON.stringify({ id: `target${t}`, text: TEXT })}\n`);
  out.end();
  await once(out, 'finish');
  runCli(['import', project, targets]);

  const servers = await Promise.all([serve(project), serve(project)]);
  const results = { acknowledged: [], refused: [], imports: 0, importFailures: [] };
  const until = performance.now() + SECONDS * 1000;
  try {
    await Promise.all([
      ...servers.flatMap((server, s) =>
        Array.from({ length: LOOPS_PER_SERVER }, (_, l) => editLoop(server, `serve${s}-loop${l}`, until, results)),
      ),
      importLoop(project, work, until, results),
    ]);
  } finally {
    for (const { child } of servers) {
      child.kill('SIGINT');
      if (child.exitCode === null) await once(child, 'exit');
    }
  }

  const db = new Database(project, { readonly: true });
  const stored = new Set(db.prepare("SELECT uid FROM spans WHERE uid LIKE 'serve%'").pluck().all());
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  const missing = results.acknowledged.filter(({ id }) => !stored.has(id));
  const latencies = results.acknowledged.map(({ ms }) => ms).sort((a, b) => a - b);

  console.log(
    `edits acknowledged: ${results.acknowledged.length}; CLI imports finished: ${results.imports} (20,000 spans each), failed: ${results.importFailures.length}; integrity_check: ${integrity}`,
  );
  let ok = report('edits refused', results.refused.length, 'n', 0);
  ok = report('acknowledged edits missing afterwards', missing.length, 'n', 0) && ok;
  ok = report('CLI imports failed', results.importFailures.length, 'n', 0) && ok;
  report('edit latency p50', percentile(latencies, 50), 'ms');
  report('edit latency p95', percentile(latencies, 95), 'ms');
  report('edit latency max', latencies.at(-1) ?? 0, 'ms');
  for (const line of [...results.refused, ...results.importFailures].slice(0, 5)) console.log(`  ${line}`);
  return ok && integrity === 'ok';
}
