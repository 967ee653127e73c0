/**
 * Cost as the work grows: a GENERATED case report 1, 5 and 20 times this one (scripts/generate-report.ts: its body
 * sections, references, citations, lab tables and figures repeated), each built from cold into a temporary folder,
 * and for each size: the build's time, in all and by step (the pages, Pagefind, the PDFs, the JATS file, as the
 * build's log states them), the heaviest page's first response, what a first search fetches, and the offline copy.
 * Growth should be linear or better: the last columns give each figure at 20× as a multiple of the figure at 1×.
 *
 *   node scripts/bench-scale.ts        (npm run bench runs it after scripts/bench.ts; BENCH_SCALES=1,5 for others)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generate } from './generate-report.ts';

const SCALES = (process.env['BENCH_SCALES'] ?? '1,5,20').split(',').map(Number);

const gzip = (file: string) => gzipSync(readFileSync(file)).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every file below a folder, relative to it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());

/** A step's time as the build's log states it ("… (261 ms)", "set in 0.34 s", "built in 3.94s"). */
function seconds(log: string, pattern: RegExp): number {
  return [...log.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]) / (m[2] === 'ms' ? 1000 : 1), 0);
}

/**
 * What a first search fetches in one language: Pagefind's script, its WebAssembly, its entry and metadata, the
 * index chunk a word looks in (the largest, at worst) and the fragments of the first five results (the largest).
 */
function firstSearch(dist: string): number {
  const pagefind = join(dist, 'pagefind');
  const all = files(pagefind);
  const largest = (prefix: string, count = 1) =>
    all
      .filter((f) => f.startsWith(prefix))
      .map((f) => gzip(join(pagefind, f)))
      .sort((a, b) => b - a)
      .slice(0, count)
      .reduce((a, b) => a + b, 0);
  return (
    gzip(join(pagefind, 'pagefind.js')) +
    gzip(join(pagefind, 'pagefind-entry.json')) +
    largest('wasm.en') +
    largest('pagefind.en_') +
    largest('index/en_') +
    largest('fragment/en_', 5)
  );
}

/** The offline copy: every file the service worker's precache manifest lists, gzip-compressed. */
function offlineCopy(dist: string): number {
  const urls = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  return urls.reduce((sum, url) => sum + gzip(join(dist, url)), 0);
}

interface Row {
  scale: number;
  pages: number;
  total: number;
  steps: Record<'pages' | 'pagefind' | 'pdf' | 'jats', number>;
  heaviest: number;
  search: number;
  offline: number;
}

function measure(scale: number): Row {
  const dir = mkdtempSync(join(tmpdir(), `case-report-${scale}x-`));
  try {
    generate(scale, join(dir, 'content'));
    const dist = join(dir, 'dist');
    const start = performance.now();
    const log = execFileSync('npx', ['astro', 'build', '--outDir', dist], {
      env: { ...process.env, CONTENT_ROOT: join(dir, 'content'), ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const total = (performance.now() - start) / 1000;
    const pages = files(dist).filter((f) => f.endsWith('index.html'));
    return {
      scale,
      pages: pages.length,
      total,
      steps: {
        pages: seconds(log, /page\(s\) built in ([\d.]+)(s)/g),
        pagefind: seconds(log, /Pagefind: indexed .*\((\d+) (ms)\)/g),
        pdf: seconds(log, /\[pdf\] .* set in ([\d.]+) (s)/g),
        jats: seconds(log, /\[jats\] .* written in ([\d.]+) (s)/g),
      },
      // Each page's first response, gzip-compressed as hosts send it.
      heaviest: Math.max(...pages.map((p) => gzip(join(dist, p)))),
      search: firstSearch(dist),
      offline: offlineCopy(dist),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = SCALES.map((scale) => {
  console.error(`bench-scale: building ${scale}× …`);
  return measure(scale);
});
const first = rows[0]!;
const last = rows.at(-1)!;
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(1)}×` : '–');
console.log('\nCost as the work grows (a generated case report 1, 5 and 20 times this one):\n');
console.log(
  '| size | pages | build | pages step | Pagefind | PDFs | JATS | heaviest page | first search | offline copy |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.scale}× | ${r.pages} | ${r.total.toFixed(1)} s | ${r.steps.pages.toFixed(2)} s | ${r.steps.pagefind.toFixed(2)} s | ` +
      `${r.steps.pdf.toFixed(2)} s | ${r.steps.jats.toFixed(2)} s | ${kb(r.heaviest)} | ${kb(r.search)} | ${kb(r.offline)} |`,
  );
console.log(
  `| ${last.scale}× / ${first.scale}× | ${ratio(last.pages, first.pages)} | ${ratio(last.total, first.total)} | ` +
    `${ratio(last.steps.pages, first.steps.pages)} | ${ratio(last.steps.pagefind, first.steps.pagefind)} | ` +
    `${ratio(last.steps.pdf, first.steps.pdf)} | ${ratio(last.steps.jats, first.steps.jats)} | ` +
    `${ratio(last.heaviest, first.heaviest)} | ${ratio(last.search, first.search)} | ${ratio(last.offline, first.offline)} |`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/scale.json', JSON.stringify(rows, null, 2));
