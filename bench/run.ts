// `npm run bench`: Casebook's build time, stage by stage, and memory at growing corpus sizes, beside bare Astro + MDX + Pagefind.
//   npm run bench [-- --full] [--sizes 300,1000] [--reps K] [--timeout-min 15] [--budget-min 25] [--no-rebuild]
//                 [--results FILE] [--keep]
// Writes bench/results.md (or FILE) and prints it; --full adds N=10000; --keep leaves the work folders in tmp/.
import { execFileSync } from 'node:child_process';
import { appendFile, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { measureNode, type Measurement } from './measure.ts';
import { resultsMarkdown, sizeTable, type Machine, type Rep, type SizeResult } from './report.ts';
import { WorkFolders } from './work-folders.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(REPO, 'bench', 'results.md');
// Work folders live in the repo's git-ignored tmp/: Astro keeps its prerender bundle inside outDir only when outDir is
// under the working directory; otherwise it uses <cwd>/.astro/.prerender, which every concurrent build would share.
const WORK_ROOT = join(REPO, 'tmp');

// Deleted only once every build is measured (work-folders.ts).
const workFolders = new WorkFolders(WORK_ROOT);

interface Options {
  sizes: number[];
  /** Runs per size when given (--reps K); otherwise three where cheap and one at 3,000 and above. */
  reps: number | null;
  timeoutMs: number;
  budgetMs: number;
  keep: boolean;
  rebuild: boolean;
  results: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      full: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      reps: { type: 'string' },
      'timeout-min': { type: 'string', default: '15' },
      'budget-min': { type: 'string', default: '25' },
      keep: { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
      results: { type: 'string', default: RESULTS },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [300, 1000, 3000, ...(values.full ? [10000] : [])];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes positive integers, got "${values.sizes}"`);
  if (values.reps !== undefined && !(Number.isInteger(Number(values.reps)) && Number(values.reps) >= 1)) throw new Error(`--reps takes a positive integer, got "${values.reps}"`);
  return {
    sizes,
    reps: values.reps ? Number(values.reps) : null,
    timeoutMs: Number(values['timeout-min']) * 60_000,
    budgetMs: Number(values['budget-min']) * 60_000,
    keep: values.keep,
    rebuild: !values['no-rebuild'],
    results: resolve(values.results),
  };
}

/** --reps K at every size; by default three runs where they are cheap, one at 3,000 and above (time budget). */
function plannedReps(n: number, options: Options): number {
  return options.reps ?? (n <= 1000 ? 3 : 1);
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

function casebookArgs(work: string): string[] {
  return ['scripts/build.ts', '--seeds', join(work, 'seeds'), '--out', join(work, 'dist'), '--content', join(work, 'content'),
    '--registry', '/nonexistent.yaml', '--lock', join(work, 'lock.json')];
}

/** Appends one sentence, in the seed's script, to the first seed: the smallest edit a rebuild can see. */
async function touchOneSeed(seeds: string): Promise<void> {
  const [first] = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort();
  if (!first) throw new Error(`no seed in ${seeds}`);
  const arabic = first.includes('_ar-');
  await appendFile(join(seeds, first), arabic ? '\nوتم تحديث هذا المقال يوم الجمعة.\n' : '\nThis article was updated on Friday.\n', 'utf8');
}

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

function describe(label: string, m: Measurement): string {
  const stages = Object.entries(m.stages).map(([s, t]) => `${s} ${t.toFixed(1)}`).join(', ');
  const rss = m.maxRssKiB === null ? '' : `, max RSS ${(m.maxRssKiB / 1048576).toFixed(2)} GiB`;
  const status = m.timedOut ? 'TIMED OUT after ' : m.failed ? 'FAILED after ' : '';
  return `${label}: ${status}${m.wallS.toFixed(1)} s${rss} (${stages})${m.failed ? `: ${m.failed}` : ''}`;
}

/** A Casebook build that gave no time: stopped at the timeout or crashed. Larger sizes are then not tried. */
function broken(rep: Rep): boolean {
  return rep.casebook.timedOut || rep.casebook.failed !== null;
}

/**
 * Runs a build, and once more if it crashed (not if it timed out): on this shared machine other builds in the same
 * repo can break one (they share <repo>/.astro/). The crash stays visible as a note; only the retry's numbers count.
 */
async function retryOnce(label: string, build: () => Promise<Measurement>, notes: string[]): Promise<Measurement> {
  const first = await build();
  log(describe(label, first));
  if (first.waited) notes.push(`${label} waited for another build of this checkout (scripts/build.ts allows one at a time); its wall time includes the wait.`);
  if (first.failed === null) return first;
  const second = await build();
  log(describe(`${label} (retry)`, second));
  if (second.waited) notes.push(`${label} (retry) waited for another build of this checkout; its wall time includes the wait.`);
  notes.push(`${label} crashed after ${first.wallS.toFixed(0)} s and was run again (${second.failed === null ? 'the retry succeeded' : 'the retry failed too'}): ${first.failed}`);
  return second;
}

/** One repetition at size n: cold Casebook build, one-seed rebuild (if the budget allows), bare baseline; each a child process. */
async function runRep(n: number, options: Options, deadline: number, notes: string[]): Promise<Rep> {
  const work = await workFolders.make(`bench-${n}-`);
  await generateCorpus(n, join(work, 'seeds'));
  const run = (args: string[]): Promise<Measurement> =>
    measureNode(args, { cwd: REPO, timeFile: join(work, 'time.txt'), timeoutMs: options.timeoutMs, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  let attempts = 0;
  const cold = async (): Promise<Measurement> => {
    // A crashed attempt's folders are moved aside, not deleted, so that the retry starts cold too.
    if (attempts++ > 0) await workFolders.setAside(work, ['content', 'dist', 'lock.json']);
    return run(casebookArgs(work));
  };
  const casebook = await retryOnce(`N=${n} casebook full`, cold, notes);
  const ok = !casebook.timedOut && casebook.failed === null;
  const casebookBytes = ok ? await folderBytes(join(work, 'dist')) : NaN;
  let incremental: Measurement | null = null;
  if (ok && options.rebuild && Date.now() + casebook.wallS * 1000 <= deadline) {
    await touchOneSeed(join(work, 'seeds'));
    incremental = await retryOnce(`N=${n} casebook rebuild`, () => run(casebookArgs(work)), notes);
  }
  await generateCorpus(n, join(work, 'seeds')); // the baseline gets the untouched articles
  const bare = await run(['bench/bare-astro/build.ts', '--seeds', join(work, 'seeds'), '--work', join(work, 'bare')]);
  log(describe(`N=${n} bare astro`, bare));
  const bareBytes = bare.timedOut || bare.failed ? null : await folderBytes(join(work, 'bare', 'dist'));
  return { casebook, incremental, bare, siteBytes: { casebook: casebookBytes, bare: bareBytes } };
}

/** Pass 1: one run per size, smallest first, so the scaling is known before anything is repeated; stops at a broken build. */
async function firstPass(options: Options, deadline: number, notes: string[]): Promise<{ results: SizeResult[]; costMs: Map<number, number> }> {
  const results: SizeResult[] = [];
  const costMs = new Map<number, number>();
  for (const [i, n] of options.sizes.entries()) {
    const started = Date.now();
    const rep = await runRep(n, options, deadline, notes);
    costMs.set(n, Date.now() - started);
    results.push({ n, reps: [rep] });
    console.log(`\n${sizeTable({ n, reps: [rep] })}\n`);
    if (rep.incremental === null && !broken(rep) && options.rebuild) notes.push(`N=${n}: the one-seed rebuild was skipped to stay within the time budget.`);
    if (broken(rep)) {
      const skipped = options.sizes.slice(i + 1);
      const why = rep.casebook.timedOut ? `ran past the ${options.timeoutMs / 60_000}-minute timeout and was stopped` : 'failed';
      notes.push(`The Casebook build at N=${n} ${why}${skipped.length ? `; larger sizes (${skipped.join(', ')}) were not run` : ''}.`);
      break;
    }
  }
  return { results, costMs };
}

/** Pass 2: the remaining planned runs (three in all for N ≤ 1,000) while the time budget allows. */
async function morePasses(results: SizeResult[], costMs: Map<number, number>, options: Options, deadline: number, notes: string[]): Promise<void> {
  for (const result of results) {
    const planned = plannedReps(result.n, options);
    const cost = costMs.get(result.n) ?? Infinity;
    if (result.reps.some(broken)) continue;
    while (result.reps.length < planned && Date.now() + cost <= deadline) {
      log(`N=${result.n}: run ${result.reps.length + 1} of ${planned}`);
      result.reps.push(await runRep(result.n, options, deadline, notes));
    }
    if (result.reps.length < planned) notes.push(`N=${result.n}: ${result.reps.length} of ${planned} planned runs fitted in the ${options.budgetMs / 60_000}-minute budget.`);
  }
}

/** The commit being measured, and whether src/ or scripts/ had uncommitted changes. */
function gitState(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src', 'scripts', 'astro.config.mjs'], { cwd: REPO, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes in src/ or scripts/)` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function machine(startedAt: number, loadStart: string, commitAtStart: string): Machine {
  const cpu = cpus();
  const commitAtEnd = gitState();
  return {
    date: new Date(startedAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cores: cpu.length,
    model: cpu[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    commit: commitAtEnd === commitAtStart ? commitAtStart : `${commitAtStart}, which became ${commitAtEnd} during the run`,
    loadStart,
    loadEnd: loadavg().map((l) => l.toFixed(1)).join(' '),
    totalMinutes: (Date.now() - startedAt) / 60_000,
  };
}

async function main(): Promise<void> {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) throw new Error(`Node ${process.version} is too old for Astro 7: run it as \`npm run bench\``);
  const options = readOptions();
  const startedAt = Date.now();
  const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
  const commitAtStart = gitState();
  const deadline = startedAt + options.budgetMs;
  const notes: string[] = [];
  log(`sizes ${options.sizes.join(', ')}; budget ${options.budgetMs / 60_000} min; Casebook timeout ${options.timeoutMs / 60_000} min per build`);
  let results: SizeResult[];
  try {
    const first = await firstPass(options, deadline, notes);
    results = first.results;
    await morePasses(results, first.costMs, options, deadline, notes);
  } finally {
    for (const kept of await workFolders.removeAll(options.keep)) log(`kept ${kept}`);
  }
  const markdown = resultsMarkdown(machine(startedAt, loadStart, commitAtStart), results, notes);
  await writeFile(options.results, markdown, 'utf8');
  console.log(markdown);
  log(`wrote ${options.results}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
