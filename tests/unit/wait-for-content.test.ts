// Astro starts while the pipeline still writes the content: its loaders read only once the build says it is written.
import type { LoaderContext } from 'astro/loaders';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { clearPending, contentWritten, markPending } from '../../src/pipeline/pending-file.ts';
import { afterContentWritten } from '../../src/site/wait-for-content.ts';

const context = {} as LoaderContext;

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

  test('reads at once when no build marked the content, as under astro dev or astro check', async () => {
    let reads = 0;
    await afterContentWritten({ name: 'articles', load: async () => void reads++ }, await marker()).load(context);
    expect(reads).toBe(1);
  });

  test('keeps the loader it wraps otherwise, as Astro names its collections by it', () => {
    expect(afterContentWritten({ name: 'entities', load: async () => {} }).name).toBe('entities');
  });
});
