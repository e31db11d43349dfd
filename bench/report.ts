// Turns the measurements into bench/results.md: machine, then one table per corpus size with medians of k runs.
import type { Measurement } from './measure.ts';

/** One repetition at one size: a cold Casebook build, a rebuild after one seed changed, and the bare baseline. */
export interface Rep {
  casebook: Measurement;
  incremental: Measurement | null;
  bare: Measurement | null;
  siteBytes: { casebook: number; bare: number | null };
}

/** Everything measured at one corpus size. */
export interface SizeResult {
  n: number;
  reps: Rep[];
}

/** The machine and the moment, so numbers from different days can be told apart. */
export interface Machine {
  date: string;
  cores: number;
  model: string;
  memoryGiB: number;
  node: string;
  commit: string;
  loadStart: string;
  loadEnd: string;
  totalMinutes: number;
}

const CASEBOOK_STAGES = ['read', 'ingest', 'entities', 'dossier', 'write', 'astro', 'pagefind'];
const BARE_STAGES = ['convert', 'astro', 'pagefind'];

/** The middle value (mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function present(values: (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** "12.3 s (11.9–12.8)": the median with its unit, and the range when there was more than one run. */
function medianAndRange(values: number[], show: (value: number) => string, unit: string): string {
  if (values.length === 0) return '—';
  const range = values.length > 1 ? ` (${show(Math.min(...values))}–${show(Math.max(...values))})` : '';
  return `${show(median(values))} ${unit}${range}`;
}

function seconds(values: number[]): string {
  return medianAndRange(values, (v) => v.toFixed(1), 's');
}

/** Peak memory with its range as well as its median, since a memory limit is about the highest run. */
function gib(kib: number[]): string {
  return medianAndRange(kib, (v) => (v / 1024 / 1024).toFixed(2), 'GiB');
}

function mib(bytes: number[]): string {
  return bytes.length === 0 ? '—' : `${(median(bytes) / 1024 / 1024).toFixed(0)} MiB`;
}

/**
 * "1.06× (runs: 1.19×, 1.06×, 1.19×)": the ratio of the medians, then each run's own ratio. The two sides of a run are
 * measured one after the other, so a run's ratio is the one least moved by what else the machine was doing.
 */
function ratio(pairs: Array<[number | null, number | null]>): string {
  const whole = pairs.filter((pair): pair is [number, number] => pair[0] !== null && pair[1] !== null);
  if (whole.length === 0) return '—';
  const overall = `${(median(whole.map(([a]) => a)) / median(whole.map(([, b]) => b))).toFixed(2)}×`;
  return whole.length === 1 ? overall : `${overall} (runs: ${whole.map(([a, b]) => `${(a / b).toFixed(2)}×`).join(', ')})`;
}

/** A build that finished: a stopped or crashed build's time and CPU say nothing. */
function finished(m: Measurement | null): Measurement | null {
  return m && !m.timedOut && !m.failed ? m : null;
}

function wall(m: Measurement | null): number | null {
  return finished(m)?.wallS ?? null;
}

/** Why a size's Casebook build has no number: stopped at the timeout, or crashed (with its last error lines). */
function casebookTrouble(reps: Rep[]): string {
  const timedOut = reps.find((r) => r.casebook.timedOut);
  if (timedOut) return ` — **the Casebook build was stopped at the timeout after ${timedOut.casebook.wallS.toFixed(0)} s**`;
  const failed = reps.find((r) => r.casebook.failed);
  return failed ? ` — **the Casebook build failed after ${failed.casebook.wallS.toFixed(0)} s: ${failed.casebook.failed}**` : '';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** " — failed in 1 of 3 runs: …": a failed rebuild has no time, but it must not vanish from the table. */
function rebuildFailures(reps: Rep[]): string {
  const failed = reps.filter((r) => r.incremental?.failed || r.incremental?.timedOut);
  if (failed.length === 0) return '';
  const first = failed[0]?.incremental;
  return ` — **failed in ${failed.length} of ${reps.length} runs** (${cell(first?.failed ?? 'timeout')})`;
}

function summaryLine(summaries: Record<string, string>): string {
  // Drop the temporary folders the build names ("written to /work/…").
  return Object.entries(summaries).map(([stage, text]) => `${stage}: ${text.replace(/ (?:in|to) \/\S+/g, '')}`).join('; ');
}

function stageRows(reps: Rep[]): string[] {
  const rows = CASEBOOK_STAGES.map((stage) => {
    const bare = BARE_STAGES.includes(stage) ? seconds(present(reps.map((r) => r.bare?.stages[stage]))) : '—';
    return `| stage: ${stage} | ${seconds(present(reps.map((r) => r.casebook.stages[stage])))} | ${bare} |`;
  });
  return [...rows, `| stage: convert (txt → MDX) | — | ${seconds(present(reps.map((r) => r.bare?.stages['convert'])))} |`];
}

/** One size's table: medians over its runs, Casebook and the bare baseline side by side. */
export function sizeTable({ n, reps }: SizeResult): string {
  const full = present(reps.map((r) => wall(r.casebook)));
  const bare = present(reps.map((r) => wall(r.bare)));
  const incremental = present(reps.map((r) => wall(r.incremental)));
  const skipped = reps.some((r) => wall(r.casebook) !== null && r.incremental === null);
  return [
    `### N = ${n.toLocaleString('en')} articles (${reps.length} run${reps.length === 1 ? '' : 's'})${casebookTrouble(reps)}`,
    '',
    '| Measure | Casebook | Bare Astro + MDX + Pagefind |',
    '| --- | ---: | ---: |',
    `| **Wall time, cold full build** | **${seconds(full)}** | **${seconds(bare)}** |`,
    `| Casebook / bare | ${ratio(reps.map((r) => [wall(r.casebook), wall(r.bare)]))} | |`,
    ...stageRows(reps),
    `| CPU time, user + system (/usr/bin/time) | ${seconds(present(reps.map((r) => finished(r.casebook)?.cpuS)))} | ${seconds(present(reps.map((r) => finished(r.bare)?.cpuS)))} |`,
    `| Peak RSS, largest process (/usr/bin/time) | ${gib(present(reps.map((r) => r.casebook.maxRssKiB)))} | ${gib(present(reps.map((r) => r.bare?.maxRssKiB)))} |`,
    `| Peak RSS, whole process tree (sampled) | ${gib(present(reps.map((r) => r.casebook.treePeakKiB)))} | ${gib(present(reps.map((r) => r.bare?.treePeakKiB)))} |`,
    `| Site size (dist/) | ${mib(present(reps.map((r) => r.siteBytes.casebook)))} | ${mib(present(reps.map((r) => r.siteBytes.bare)))} |`,
    `| Rebuild after appending one sentence to one seed | ${seconds(incremental)}${skipped ? ' (not run in every run: time budget)' : ''}${rebuildFailures(reps)} | — |`,
    `| Rebuild / full build | ${ratio(reps.map((r) => [wall(r.incremental), wall(r.casebook)]))} | |`,
    '',
    `Casebook's own summary (first run): ${summaryLine(reps[0]?.casebook.summaries ?? {})}.`,
  ].join('\n');
}

/** The whole results file. */
export function resultsMarkdown(machine: Machine, sizes: SizeResult[], notes: string[]): string {
  return [
    '# Casebook build benchmark',
    '',
    `Measured ${machine.date} by \`npm run bench\` (bench/run.ts) at commit ${machine.commit}, in ${machine.totalMinutes.toFixed(1)} min.`,
    '',
    `Machine: ${machine.cores} cores (${machine.model}), ${machine.memoryGiB.toFixed(1)} GiB RAM, Node ${machine.node}; load average ${machine.loadStart} at the start, ${machine.loadEnd} at the end.`,
    '',
    '## How to read this',
    '',
    'Each size N is a synthetic corpus from bench/generate-corpus.ts (seed 1; ~600-word articles, 40% English and 15% each French, German, Spanish, Arabic; about N/3 people, N/5 organisations and N/10 places, 8–15 named per article). ' +
      'Each run builds it three ways, one after the other, so both sides share the moment’s machine noise: a cold Casebook build (`scripts/build.ts` as a child process, fresh content and output folders), a rebuild into the same folders after one sentence is appended to one seed, and the baseline: the same articles converted to plain MDX and built by a bare Astro 7 + @astrojs/mdx project (bench/bare-astro) plus Pagefind through its Node API. Both commands turn on Node’s module compile cache before loading their modules (scripts/compile-cache.ts). ' +
      'Cells are the median of k runs with the range in parentheses; a ratio is the ratio of the medians, followed by each run’s own ratio of its two builds; stage times are the builds’ own progress lines, the wall time also counts Node’s start-up and exit. ' +
      'Casebook’s Pagefind runs beside its Astro stage, from the pipeline’s data, so its stage is only the wait for the bundle once Astro is done; the bare build runs Pagefind after Astro over the built pages. ' +
      'Casebook’s dossier is made on a worker thread beside its write and Astro stages, so its stage time overlaps theirs and the stages add up to more than the wall time. ' +
      'CPU time is user plus system time as `/usr/bin/time -v` reports it, for the build and the processes it waited for, Pagefind’s included: on two cores, a build that needs more CPU than the other can only match its wall time by keeping both cores busier. ' +
      '"Largest process" is what `/usr/bin/time -v` reports: the biggest single process of the tree (the Node build or the Pagefind binary it spawns), not their sum; the sampled tree figure sums all of them every 500 ms and can miss short peaks. ' +
      'No work folder is deleted until every build is measured: on an ext4 file system without a journal, files made within minutes of many being deleted are slower to create (the kernel passes over the freed inodes one by one), and a cold build started right after the last run’s folders were removed took 42.4 s against 34.2 s. Start the bench some minutes after deleting large folders. ' +
      'This machine is shared: other jobs ran at the same time (see the load averages), so compare the columns of one table rather than absolute numbers between days.',
    '',
    ...notes.map((note) => `- ${note}`),
    ...(notes.length > 0 ? [''] : []),
    ...sizes.flatMap((size) => [sizeTable(size), '']),
  ].join('\n');
}
