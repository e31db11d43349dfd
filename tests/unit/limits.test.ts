// Pathological but legal articles: thousands of names in one paragraph. They must build whole; their cost is measured
// by `npm run bench`, not here.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'vas', 'dru', 'pel', 'zor', 'qui', 'ban', 'tor', 'lek', 'sim', 'ral', 'nok', 'fey'];
const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** The i-th of 4,096 distinct two-word names made of syllables, like "Kalomir Lomirkan". */
function nameOf(i: number): string {
  const [a, b, c] = [SYLLABLES[i % 16]!, SYLLABLES[(i >> 4) % 16]!, SYLLABLES[(i >> 8) % 16]!];
  return `${capital(a)}${b}${c} ${capital(b)}${c}${a}n`;
}

describe('an article naming 3,000 different people in one paragraph', () => {
  test('gives every name an entity page, with a bounded list of related entities', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casebook-names-'));
    const seeds = join(dir, 'seeds');
    await mkdir(seeds);
    const names = Array.from({ length: 3000 }, (_, i) => nameOf(i));
    const body = names.map((name) => `Yesterday the council said that ${name} met the committee in the city.`).join(' ');
    await writeFile(join(seeds, 'names.txt'), `Names in the news\n\n${body}\n`);
    const result = await runPipeline({ seedsDir: seeds, contentDir: join(dir, 'content'), registryPath: join(dir, 'none.yaml'), lockPath: join(dir, 'lock.json') });
    const found = new Set(result.entities.map((e) => e.name));
    expect(names.filter((name) => !found.has(name))).toEqual([]);
    expect(Math.max(...result.entities.map((e) => e.related.length))).toBeLessThanOrEqual(8);
    expect(result.articles[0]!.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => (b.kind === 'paragraph' ? b.mentions : []))).toHaveLength(3000);
  });
});
