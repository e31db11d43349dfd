import { describe, expect, test } from 'vitest';
import { createProgress } from '../../scripts/progress.ts';

/** A stream that records what was written, as a terminal or as a log file. */
function stream(isTTY: boolean): { isTTY: boolean; text: string; write(s: string): boolean } {
  return { isTTY, text: '', write(s: string) { this.text += s; return true; } };
}

describe('build progress', () => {
  test('prints one plain line per finished stage, and nothing else, when output is not a terminal', () => {
    const out = stream(false);
    const progress = createProgress(out);
    progress.start('ingest');
    progress.update('ingest', 5, 10);
    progress.finish('ingest', '10 articles (en)', 1234);
    progress.close();
    expect(out.text).toBe('ingest     10 articles (en) (1.2 s)\n');
  });

  test('draws a bar with the items done on a terminal, then replaces it by the finished line', () => {
    const out = stream(true);
    let clock = 0;
    const progress = createProgress(out, () => clock);
    progress.start('ingest');
    progress.update('ingest', 3, 12);
    clock = 2000;
    progress.update('ingest', 6, 12);
    clock = 2100;
    progress.update('ingest', 7, 12);
    progress.finish('ingest', '12 articles', 2000);
    progress.close();
    expect(out.text).toContain(`\r\x1b[2Kingest     [${'#'.repeat(12)}${'.'.repeat(12)}] 6/12 2.0 s`);
    expect(out.text).not.toContain('7/12');
    expect(out.text.split('\r\x1b[2K').at(-1)).toBe('ingest     12 articles (2.0 s)\n');
  });

  test('a stage that finishes while another runs prints its line, and the running stage keeps its live line', () => {
    const out = stream(true);
    let clock = 0;
    const progress = createProgress(out, () => clock);
    progress.start('dossier');
    progress.start('astro');
    clock = 1500;
    progress.finish('dossier', '3 figures', 1500);
    progress.close();
    expect(out.text).toContain('dossier    3 figures (1.5 s)\n');
    expect(out.text.split('\r\x1b[2K').at(-1)).toBe('astro      1.5 s');
  });
});
