// Peak memory of a whole process tree, sampled from /proc: /usr/bin/time -v only reports the largest single process.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

function parentOf(pid: string): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses; the fields after the last ')' are fixed: state, ppid, …
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null;
  } catch {
    return null;
  }
}

function residentBytes(pid: string): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1] ?? 0) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** The summed resident memory of `root` and all its descendants right now, in bytes. */
export function treeResidentBytes(root: number): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const queue = [String(root)];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    total += residentBytes(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree every `everyMs` until stopped; stop() returns the peak seen, in KiB (null without /proc). */
export function sampleTreePeak(root: number, everyMs = 500): { stop: () => number | null } {
  let peak = 0;
  let available = true;
  const sample = (): void => {
    try {
      peak = Math.max(peak, treeResidentBytes(root));
    } catch {
      available = false;
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return available ? Math.round(peak / 1024) : null;
    },
  };
}
