// The pages check content/data/ against its schemas, except inside a build that has just written it from typed values.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DATA_WRITTEN_BY_BUILD } from '../../src/pipeline/data-written.ts';

/** pipeline-data.ts over a content folder whose mentions.json holds `mentions`; it reads the folder named when it loads. */
async function siteDataOver(mentions: unknown): Promise<typeof import('../../src/site/pipeline-data.ts')> {
  const content = await mkdtemp(join(tmpdir(), 'site-data-'));
  await mkdir(join(content, 'data'));
  await writeFile(join(content, 'data', 'mentions.json'), JSON.stringify(mentions));
  vi.stubEnv('CASEBOOK_CONTENT', content);
  vi.resetModules();
  return import('../../src/site/pipeline-data.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('data files read by the pages', () => {
  const counted = { acme: [{ article: 'one', source: 'one.txt', count: 2 }] };
  const damaged = { acme: [{ article: 'one', source: 'one.txt', count: 'two' }] };

  test('are checked against their schema by a bare astro build, which names the file and what to do', async () => {
    vi.stubEnv(DATA_WRITTEN_BY_BUILD, '');
    expect(await (await siteDataOver(counted)).entityMentions('acme')).toEqual(counted.acme);
    await expect((await siteDataOver(damaged)).entityMentions('acme')).rejects.toThrow(/mentions\.json does not hold entity mentions: .*run the pipeline before astro build/s);
  });

  test('are taken as written inside a build that wrote them', async () => {
    vi.stubEnv(DATA_WRITTEN_BY_BUILD, '1');
    expect(await (await siteDataOver(damaged)).entityMentions('acme')).toEqual(damaged.acme);
  });
});
