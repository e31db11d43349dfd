// Runs one build as a child process and measures it: wall time, per-stage seconds from its progress lines, peak memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { sampleTreePeak } from './proc-tree.ts';

const GNU_TIME = '/usr/bin/time';

/** What one build cost; stage seconds come from the build's own `stage  summary (1.2 s)` lines. */
export interface Measurement {
  wallS: number;
  stages: Record<string, number>;
  /** The stage lines' summaries ("entities" → "408 entities …"), to say what the corpus produced. */
  summaries: Record<string, string>;
  /** Largest single process (GNU time's "Maximum resident set size"), KiB; null when /usr/bin/time is missing. */
  maxRssKiB: number | null;
  /**
   * CPU seconds, user plus system, of the build and every process it waited for (Pagefind's among them), as GNU time
   * reports them; null when /usr/bin/time is missing. On two cores, a build that needs more CPU than another can only
   * match its wall time by keeping both cores busier.
   */
  cpuS: number | null;
  /** Whole process tree (node plus the Pagefind binary and any workers), sampled every 500 ms, KiB. */
  treePeakKiB: number | null;
  timedOut: boolean;
  /** The build printed a `waiting` line: it queued behind another build of the checkout, and its wall time includes that. */
  waited: boolean;
  /** The end of stderr when the build exited with an error (a crash is a result too, not a reason to stop the bench). */
  failed: string | null;
}

/** Where and how long to run a child. */
export interface RunOptions {
  cwd: string;
  timeFile: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

const STAGE_LINE = /^(\w+)\s+(.*) \((\d+(?:\.\d+)?) s\)$/;

/** Parses `read       300 seed files (0.3 s)` lines into seconds and summaries per stage. */
export function parseStages(stdout: string): Pick<Measurement, 'stages' | 'summaries'> {
  const stages: Record<string, number> = {};
  const summaries: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = STAGE_LINE.exec(line.trim());
    if (!match) continue;
    const [, stage = '', summary = '', seconds = '0'] = match;
    stages[stage] = Number(seconds);
    summaries[stage] = summary;
  }
  return { stages, summaries };
}

/** Peak memory and CPU time from GNU time's verbose report; each null when the report lacks it. */
export function parseTimeReport(report: string): Pick<Measurement, 'maxRssKiB' | 'cpuS'> {
  const number = (label: RegExp): number | null => {
    const match = label.exec(report);
    return match ? Number(match[1]) : null;
  };
  const maxRssKiB = number(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = number(/User time \(seconds\): (\d+(?:\.\d+)?)/);
  const system = number(/System time \(seconds\): (\d+(?:\.\d+)?)/);
  return { maxRssKiB, cpuS: user === null || system === null ? null : user + system };
}

async function readTimeReport(timeFile: string): Promise<Pick<Measurement, 'maxRssKiB' | 'cpuS'>> {
  return parseTimeReport(await readFile(timeFile, 'utf8').catch(() => ''));
}

/** Kills the child's whole process group (it was started detached, so the group is ours alone). */
function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  for (const [signal, delay] of [['SIGTERM', 0], ['SIGKILL', 10_000]] as const) {
    setTimeout(() => {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    }, delay).unref();
  }
}

/** Runs `node args…` (the Node running this script) under /usr/bin/time -v, or bare when it is missing. */
export async function measureNode(args: string[], options: RunOptions): Promise<Measurement> {
  await rm(options.timeFile, { force: true });
  const haveTime = existsSync(GNU_TIME);
  const [command, argv] = haveTime ? [GNU_TIME, ['-v', '-o', options.timeFile, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const child = spawn(command, argv, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = child.pid === undefined ? null : sampleTreePeak(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.timeoutMs);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearTimeout(timer);
  const wallS = (performance.now() - started) / 1000;
  const treePeakKiB = sampler?.stop() ?? null;
  const failed = code !== 0 && !timedOut ? lastLines(stderr) || `exit code ${code}` : null;
  const waited = /^waiting\s/m.test(stdout);
  const report = haveTime ? await readTimeReport(options.timeFile) : { maxRssKiB: null, cpuS: null };
  return { wallS, ...parseStages(stdout), ...report, treePeakKiB, timedOut, waited, failed };
}

function lastLines(text: string): string {
  return text.trim().split('\n').filter((line) => !line.startsWith('    at ')).slice(-3).join(' / ').slice(0, 400);
}
