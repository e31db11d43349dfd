// Astro starts while the pipeline still writes the content: its loaders read only once the build says it is written.
import type { LoaderContext } from 'astro/loaders';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { clearPending, contentWritten, markPending } from '../../src/pipeline/pending-file.ts';
import { afterContentWritten } from '../../src/site/wait-for-content.ts';

/** A loader context with only what the wrapper uses: the loader's meta store, recording every set and when. */
function contextRecordingMeta(): { context: LoaderContext; sets: Array<{ at: number; key: string; value: string }> } {
  const sets: Array<{ at: number; key: string; value: string }> = [];
  const meta = { get: () => undefined, has: () => false, delete: () => {}, set: (key: string, value: string) => void sets.push({ at: performance.now(), key, value }) };
  return { context: { meta } as unknown as LoaderContext, sets };
}

const { context } = contextRecordingMeta();

async function marker(): Promise<string> {
  return contentWritten(await mkdtemp(join(tmpdir(), 'content-')));
}

describe('a loader that waits for the content', () => {
  test('does not read while the build marks the content as coming, and reads once it is written', async () => {
    const written = await marker();
    await markPending(written);
    let reads = 0;
    const loader = afterContentWritten({ name: 'articles', load: async () => void reads++ }, written);
    const loading = loader.load(context);
    await sleep(300);
    expect(reads).toBe(0);
    await clearPending(written);
    await loading;
    expect(reads).toBe(1);
  });

  test("while it waits, sets a key of its own often enough that Astro's half-second save of its store never comes, and stops once it reads", async () => {
    const written = await marker();
    await markPending(written);
    const { context: recording, sets } = contextRecordingMeta();
    let setsWhenRead = -1;
    let readAt = 0;
    const loader = afterContentWritten({ name: 'articles', load: async () => void ((setsWhenRead = sets.length), (readAt = performance.now())) }, written);
    const started = performance.now();
    const loading = loader.load(recording);
    await sleep(1200);
    await clearPending(written);
    await loading;
    await sleep(600);
    // Astro saves 500 ms after the last set: no gap as long as that between the start, the sets and the read.
    const times = [started, ...sets.map((s) => s.at), readAt];
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(sets.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...gaps)).toBeLessThan(500);
    expect(new Set(sets.map((s) => `${s.key}=${s.value}`)).size).toBe(1);
    expect(sets.length).toBe(setsWhenRead);
  });

  test('reads at once when no build marked the content, as under astro dev or astro check', async () => {
    let reads = 0;
    await afterContentWritten({ name: 'articles', load: async () => void reads++ }, await marker()).load(context);
    expect(reads).toBe(1);
  });

  test('keeps the loader it wraps otherwise, as Astro names its collections by it', () => {
    expect(afterContentWritten({ name: 'entities', load: async () => {} }).name).toBe('entities');
  });
});
