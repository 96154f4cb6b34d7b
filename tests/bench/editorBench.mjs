// The annotation editor's benchmark: a generated 100,000-character article with 5,000 spans (30% of
// them overlapping others) is imported through the built CLI, served by `spanmark serve` and driven
// in real Chromium. Times are taken inside the page with performance.now(); "on screen" means the
// DOM has the change and a frame has been painted after it (requestAnimationFrame, then a task).
// Prints each metric against its target. Run: `npm run build && node tests/bench/editorBench.mjs`.
import { pathToFileURL } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'main', 'cli.cjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TEXT_LENGTH = 100_000;
const SPAN_COUNT = 5_000;
const OVERLAPPING_SHARE = 0.3;
const ANNOTATOR = 'bench';

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The article (paragraphs of words, a few non-Latin ones) and its word ranges in code points. */
function generateArticle(random) {
  const vocabulary = (
    'the minister said government report claims evidence officials aid arrived monday critics ' +
    'called cynical stunt according sources election war economy prices rose sharply experts warn ' +
    'people protest city council budget police statement investigation newspaper interview ' +
    'president parliament vote crisis energy border troops talks agreement'
  ).split(' ');
  const extra = ['中文', 'مرحبا', 'Zürich', 'naïve', '👋🏽'];
  let text = '';
  const words = [];
  let length = 0; // code points
  while (length < TEXT_LENGTH) {
    const sentenceCount = 3 + Math.floor(random() * 5);
    for (let s = 0; s < sentenceCount && length < TEXT_LENGTH; s++) {
      const wordCount = 6 + Math.floor(random() * 14);
      for (let w = 0; w < wordCount; w++) {
        let word =
          random() < 0.02
            ? extra[Math.floor(random() * extra.length)]
            : vocabulary[Math.floor(random() * vocabulary.length)];
        if (w === 0) word = word[0].toUpperCase() + word.slice(1);
        const size = Array.from(word).length;
        words.push({ start: length, end: length + size });
        text += word;
        length += size;
        const separator = w === wordCount - 1 ? '. ' : ' ';
        text += separator;
        length += separator.length;
      }
    }
    text = text.trimEnd() + '\n\n';
    length = Array.from(text).length;
  }
  return { text: text.trimEnd(), words: words.filter((w) => w.end <= Array.from(text.trimEnd()).length) };
}

/** 5,000 spans: 70% side by side, 30% nested in or straddling others. */
function generateSpans(random, words) {
  const labels = ['claim', 'evidence', 'opinion', 'propaganda'];
  const disjointCount = Math.round(SPAN_COUNT * (1 - OVERLAPPING_SHARE));
  const spans = [];
  // Disjoint spans: walk the words, each span 1-4 words, with a gap of 0-2 words after it.
  const stride = Math.floor(words.length / disjointCount);
  for (let i = 0; i < disjointCount; i++) {
    const first = i * stride;
    const last = Math.min(first + Math.floor(random() * Math.min(4, stride - 1)), words.length - 1);
    spans.push({ start: words[first].start, end: words[last].end, first, last });
  }
  const overlapping = [];
  for (let i = 0; overlapping.length < SPAN_COUNT - disjointCount; i++) {
    const base = spans[Math.floor(random() * spans.length)];
    if (random() < 0.5) {
      // Nested: a word range inside the base span (or the same range, a second label).
      const first = base.first + Math.floor(random() * (base.last - base.first + 1));
      const last = first + Math.floor(random() * (base.last - first + 1));
      overlapping.push({ start: words[first].start, end: words[last].end });
    } else {
      // Straddling: from inside the base span to a few words past it.
      const first = base.first + Math.floor(random() * (base.last - base.first + 1));
      const last = Math.min(words.length - 1, base.last + 1 + Math.floor(random() * 5));
      overlapping.push({ start: words[first].start, end: words[last].end });
    }
  }
  return [...spans, ...overlapping].map((span, i) => {
    const label = labels[i % labels.length];
    return {
      id: `b${i}`,
      start: span.start,
      end: span.end,
      label,
      annotator: ANNOTATOR,
      ...(label === 'propaganda' ? { technique: 'Loaded_Language' } : {}),
    };
  });
}

function runCli(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`spanmark ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

async function serve(project) {
  const child = spawn(process.execPath, [cli, 'serve', project, '--annotator', ANNOTATOR], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const line = await new Promise((resolveLine, reject) => {
    createInterface({ input: child.stdout }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`spanmark serve exited with ${code}`)));
  });
  const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+/u.exec(line)?.[0];
  if (url === undefined) throw new Error(`no URL in: ${line}`);
  return { url, stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGINT'))) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Installs helpers in the page: wait for a condition on the DOM, then for the next painted frame. */
const PAGE_HELPERS = () => {
  window.__bench = {
    /** Resolves once `test(records)` holds, checked after every batch of DOM mutations. */
    until(test) {
      return new Promise((done, fail) => {
        if (test([])) return done();
        const timer = setTimeout(() => {
          observer.disconnect();
          fail(new Error(`timed out waiting for ${test}`));
        }, 10_000);
        const observer = new MutationObserver((records) => {
          if (test(records)) {
            clearTimeout(timer);
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    /** Resolves after the next frame has been produced: rAF runs before paint, the task after it. */
    painted() {
      return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    },
    keyTimes: [],
  };
  // The keydown's own timestamp is when the input event was created, before any handler ran.
  window.addEventListener('keydown', (event) => (window.__bench.lastKey = event.timeStamp), true);
};

async function measureOpen(page, documentId, otherId) {
  // Open another document first, so each round opens the big one from scratch.
  await page.evaluate(async (id) => {
    document.querySelector(`[data-testid="document-item"][data-document-id="${id}"]`).click();
    await window.__bench.until(() =>
      document.querySelector(`[data-testid="article-view"][data-document-id="${id}"][data-annotations="ready"]`),
    );
  }, otherId);
  return page.evaluate(async (id) => {
    const started = performance.now();
    document.querySelector(`[data-testid="document-item"][data-document-id="${id}"]`).click();
    await window.__bench.until(() =>
      document.querySelector(`[data-testid="article-view"][data-document-id="${id}"][data-annotations="ready"] .hl`),
    );
    await window.__bench.painted();
    return performance.now() - started;
  }, documentId);
}

/** Selects the `index`-th word of the first paragraph in view with the Selection API. */
async function selectVisibleWord(page, index) {
  await page.evaluate((index) => {
    const scroller = document.querySelector('[data-testid="article-scroll"]');
    const top = scroller.getBoundingClientRect().top;
    const paragraph = [...document.querySelectorAll('.ProseMirror p')].find(
      (p) => p.getBoundingClientRect().top >= top + 40,
    );
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const words = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/\p{L}{3,}/gu))
        words.push({ node, start: match.index, end: match.index + match[0].length });
    }
    const word = words[index % words.length];
    const range = document.createRange();
    range.setStart(word.node, word.start);
    range.setEnd(word.node, word.end);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }, index);
}

/** Presses a key with the real keyboard and times keydown → the DOM holds `condition` → painted. */
async function timeKey(page, key, conditionSource, argument) {
  // Sent as source text (the page's Content-Security-Policy forbids building functions from strings).
  await page.evaluate(`(() => {
    const condition = ${conditionSource};
    const argument = ${JSON.stringify(argument ?? null)};
    window.__bench.pending = window.__bench.until((records) => condition(argument, records)).then(async () => {
      await window.__bench.painted();
      return performance.now() - window.__bench.lastKey;
    });
  })()`);
  await page.keyboard.press(key);
  return page.evaluate(() => window.__bench.pending);
}

async function measureScroll(page) {
  return page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid="article-scroll"]');
    scroller.scrollTop = 0;
    await window.__bench.painted();
    const frames = [];
    let last = performance.now();
    // A fast, steady scroll: half a screen per frame until the bottom.
    const step = scroller.clientHeight / 2;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      scroller.scrollTop += step;
      await new Promise((done) => requestAnimationFrame(done));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return {
      frames: frames.length,
      worst: Math.max(...frames),
      median: frames.sort((a, b) => a - b)[Math.floor(frames.length / 2)],
    };
  });
}

/** Runs the editor benchmark in Chromium and prints its table; resolves to whether every target was met. */
export async function runEditorBench() {
  console.log('\n== Annotation editor (issue 3) ==');
  const work = mkdtempSync(join(tmpdir(), 'spanmark-editor-bench-'));
  let server = null;
  let browser = null;
  try {
    const random = prng(20240611);
    const { text, words } = generateArticle(random);
    const spans = generateSpans(random, words);
    const corpus = join(work, 'corpus.jsonl');
    writeFileSync(
      corpus,
      [
        JSON.stringify({ id: 'big', title: 'Benchmark article', text, spans }),
        JSON.stringify({ id: 'small', title: 'A short article', text: 'A short article to switch to between rounds.' }),
      ].join('\n') + '\n',
    );
    const project = join(work, 'bench.spanmark');
    runCli(['init', project]);
    runCli(['import', project, corpus]);
    // Other work on the machine shows in every number; say how busy it was.
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the start`);
    console.log(
      `article: ${Array.from(text).length.toLocaleString('en')} characters, ${spans.length.toLocaleString('en')} spans (${Math.round(OVERLAPPING_SHARE * 100)}% placed over others)`,
    );

    server = await serve(project);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(PAGE_HELPERS);
    await page.goto(server.url);
    await page.waitForSelector('html[data-app-state="ready"]');

    const openTimes = [];
    for (let round = 0; round < 7; round++) openTimes.push(await measureOpen(page, 'big', 'small'));

    // Keypress to highlight: select a word, press 1 (claim), wait for a new highlight element.
    const keyTimes = [];
    for (let round = 0; round < 30; round++) {
      await selectVisibleWord(page, round * 3);
      // A new span is drawn as an added element marked as saving; look only at what was added.
      const added =
        '(_, records) => records.some((r) => (r.type === "attributes" && r.target.classList.contains("hl-saving")) || [...r.addedNodes].some((n) => n.nodeType === 1 && (n.matches(".hl-saving") || n.querySelector(".hl-saving"))))';
      keyTimes.push(await timeKey(page, '1', added));
      await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
    }

    // Relabel and delete the selected span (the one just created is selected).
    const relabelTimes = [];
    const deleteTimes = [];
    for (let round = 0; round < 15; round++) {
      const id = await page.getAttribute('[data-testid="span-details"]', 'data-span-id');
      // Relabel to opinion (3, #56ccf2), or to evidence (2, #6fcf97) when it already is an opinion.
      const isOpinion = (await page.inputValue('[data-testid="span-label-select"]')) === 'opinion';
      const [key, color] = isOpinion ? ['2', '#6fcf97'] : ['3', '#56ccf2'];
      relabelTimes.push(
        await timeKey(
          page,
          key,
          '({ id, color }, records) => records.length > 0 && [...document.querySelectorAll(`.ProseMirror [data-span-id="${id}"]`)].every((e) => e.style.getPropertyValue("--hl-color").trim() === color)',
          { id, color },
        ),
      );
      await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
      deleteTimes.push(
        await timeKey(
          page,
          'Delete',
          '(id, records) => records.length > 0 && document.querySelector(`.ProseMirror [data-span-id="${id}"]`) === null',
          id,
        ),
      );
      await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
      if ((await page.$('[data-testid="span-details"]')) === null) await page.keyboard.press('Tab');
    }

    const scroll = await measureScroll(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const heapMb = heap.usedSize / 1024 / 1024;

    const rows = [
      ['open document, paint visible highlights (median)', median(openTimes), 200, 'ms'],
      ['keypress → new highlight on screen (median)', median(keyTimes), 16, 'ms'],
      ['keypress → new highlight on screen (p95)', percentile(keyTimes, 95), 33, 'ms'],
      ['relabel a span (median)', median(relabelTimes), 16, 'ms'],
      ['delete a span (median)', median(deleteTimes), 16, 'ms'],
      [`scroll top to bottom, worst frame (${scroll.frames} frames)`, scroll.worst, 50, 'ms'],
      ['renderer JS heap after GC', heapMb, 150, 'MB'],
    ];
    console.log('');
    console.log(`${'metric'.padEnd(56)} ${'value'.padStart(9)} ${'target'.padStart(9)}  result`);
    let failures = 0;
    for (const [name, value, target, unit] of rows) {
      const pass = value <= target;
      if (!pass) failures++;
      console.log(
        `${name.padEnd(56)} ${`${value.toFixed(1)} ${unit}`.padStart(9)} ${`≤ ${target} ${unit}`.padStart(9)}  ${pass ? 'pass' : 'FAIL'}`,
      );
    }
    console.log(
      `\nraw: open ${openTimes.map((t) => t.toFixed(0)).join(', ')} ms; scroll median frame ${scroll.median.toFixed(1)} ms`,
    );
    if (failures > 0) console.log(`${failures} metric(s) over target`);
    return failures === 0;
  } finally {
    await browser?.close();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// Run on its own: `node tests/bench/editorBench.mjs`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = (await runEditorBench()) ? 0 : 1;
}
