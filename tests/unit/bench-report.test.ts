// The benchmark's table: ratios per run beside the ratio of medians, and memory with its range, from given measurements.
import { describe, expect, test } from 'vitest';
import type { Measurement } from '../../bench/measure.ts';
import { sizeTable, type Rep } from '../../bench/report.ts';

function measured(wallS: number, maxRssGiB: number, failed: string | null = null): Measurement {
  const kib = maxRssGiB * 1024 * 1024;
  return { wallS, stages: {}, summaries: {}, maxRssKiB: kib, treePeakKiB: kib, timedOut: false, waited: false, failed };
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

  test('leaves a run whose build failed out of the ratios instead of dividing by nothing', () => {
    const failedBare: Rep = { ...rep(70, 30, 0, 1.6), bare: measured(5, 1, 'out of memory') };
    const withFailure = sizeTable({ n: 3000, reps: [rep(50, 20, 40, 1.5), failedBare] });
    expect(row(withFailure, 'Casebook / bare')).toBe('| Casebook / bare | 1.25× | |');
  });

  test('gives a single ratio, with no list, for one run', () => {
    expect(row(sizeTable({ n: 300, reps: [rep(12, 6, 10, 1)] }), 'Casebook / bare')).toBe('| Casebook / bare | 1.20× | |');
  });
});
