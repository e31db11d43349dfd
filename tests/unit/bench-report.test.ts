// The benchmark's table: ratios per run beside the ratio of medians, memory with its range and CPU time, from given
// measurements; and the reading of GNU time's report they come from.
import { describe, expect, test } from 'vitest';
import { parseTimeReport, type Measurement } from '../../bench/measure.ts';
import { sizeTable, type Rep } from '../../bench/report.ts';

/** A build's measurement; its CPU time is twice its wall time unless given. */
function measured(wallS: number, maxRssGiB: number, failed: string | null = null, cpuS = 2 * wallS): Measurement {
  const kib = maxRssGiB * 1024 * 1024;
  return { wallS, stages: {}, summaries: {}, maxRssKiB: kib, cpuS, treePeakKiB: kib, timedOut: false, waited: false, failed };
}

function rep(full: number, rebuild: number, bare: number, rssGiB: number): Rep {
  return { casebook: measured(full, rssGiB), incremental: measured(rebuild, rssGiB), bare: measured(bare, 1), siteBytes: { casebook: 1, bare: 1 } };
}

function row(table: string, label: string): string {
  const line = table.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return line;
}

describe('sizeTable', () => {
  // Each run's Casebook build is timed right after or before its bare build: 50/40, 60/60, 90/60.
  const reps = [rep(50, 20, 40, 1.5), rep(60, 30, 60, 1.9), rep(90, 45, 60, 1.7)];
  const table = sizeTable({ n: 3000, reps });

  test('gives the ratio of the medians and each run’s own ratio', () => {
    expect(row(table, 'Casebook / bare')).toBe('| Casebook / bare | 1.00× (runs: 1.25×, 1.00×, 1.50×) | |');
    expect(row(table, 'Rebuild / full build')).toBe('| Rebuild / full build | 0.50× (runs: 0.40×, 0.50×, 0.50×) | |');
  });

  test('gives peak memory as the median with the range, so the highest run shows', () => {
    expect(row(table, 'Peak RSS, largest process (/usr/bin/time)')).toBe('| Peak RSS, largest process (/usr/bin/time) | 1.70 GiB (1.50–1.90) | 1.00 GiB (1.00–1.00) |');
  });

  test('gives CPU time as the median with the range, for each side', () => {
    const withCpu = sizeTable({ n: 3000, reps: [{ ...rep(50, 20, 40, 1.5), bare: measured(40, 1, null, 30) }, { ...rep(60, 30, 60, 1.9), bare: measured(60, 1, null, 45) }] });
    expect(row(withCpu, 'CPU time, user + system (/usr/bin/time)')).toBe('| CPU time, user + system (/usr/bin/time) | 110.0 s (100.0–120.0) | 37.5 s (30.0–45.0) |');
  });

  test('leaves a run whose build failed out of the ratios instead of dividing by nothing', () => {
    const failedBare: Rep = { ...rep(70, 30, 0, 1.6), bare: measured(5, 1, 'out of memory') };
    const withFailure = sizeTable({ n: 3000, reps: [rep(50, 20, 40, 1.5), failedBare] });
    expect(row(withFailure, 'Casebook / bare')).toBe('| Casebook / bare | 1.25× | |');
  });

  test('gives a single ratio, with no list, for one run', () => {
    expect(row(sizeTable({ n: 300, reps: [rep(12, 6, 10, 1)] }), 'Casebook / bare')).toBe('| Casebook / bare | 1.20× | |');
  });
});

describe('parseTimeReport', () => {
  test('reads the peak and adds user and system time from /usr/bin/time -v', () => {
    const report = [
      '\tCommand being timed: "node scripts/build.ts"',
      '\tUser time (seconds): 47.04',
      '\tSystem time (seconds): 8.23',
      '\tPercent of CPU this job got: 172%',
      '\tMaximum resident set size (kbytes): 1576096',
    ].join('\n');
    const { maxRssKiB, cpuS } = parseTimeReport(report);
    expect(maxRssKiB).toBe(1576096);
    expect(cpuS).toBeCloseTo(55.27, 5);
  });

  test('says null for what a report lacks, rather than zero', () => {
    expect(parseTimeReport('')).toEqual({ maxRssKiB: null, cpuS: null });
    expect(parseTimeReport('\tUser time (seconds): 1.5\n').cpuS).toBeNull();
  });
});
