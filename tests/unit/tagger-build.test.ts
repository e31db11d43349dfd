// The tagger reads names with compromise's tagging build ('compromise/two'), which skips the full build's chunker and
// views: about 15% less time a reading. That is only right while both builds tag a name's words alike.
import nlpTwo from 'compromise/two';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nameTags, type NameInSentence } from '../helpers/name-tags.ts';
import { ROOT } from '../helpers/run-build.ts';

/** Every sentence of the English texts in `folder` that holds a capitalised run of words, with the first such run. */
async function namedSentences(folder: string): Promise<NameInSentence[]> {
  const found: NameInSentence[] = [];
  const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(join(folder, file), 'utf8');
    for (const { segment } of sentences.segment(text)) {
      const name = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/u.exec(segment)?.[0];
      if (name && /\b(the|and|of)\b/.test(segment)) found.push({ sentence: segment.trim(), name });
    }
  }
  return found;
}

/**
 * The same tags from the full build. compromise's builds extend one shared instance, so once the full build is loaded
 * every build is the full one: it is read in a process of its own.
 */
async function fullBuildTags(requests: NameInSentence[]): Promise<string[]> {
  const helper = pathToFileURL(join(ROOT, 'tests/helpers/name-tags.ts')).href;
  const script = `import nlp from 'compromise'; const { nameTags } = await import(${JSON.stringify(helper)}); console.log(JSON.stringify(nameTags(nlp, ${JSON.stringify(requests)})));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as string[];
}

describe('the tagging build of compromise', () => {
  it('tags the names of the English seeds and of a second corpus as the full build does', async () => {
    const requests = [...(await namedSentences(join(ROOT, 'seeds'))), ...(await namedSentences(join(ROOT, 'tests/fixtures/corpus-b')))];
    expect(requests.length).toBeGreaterThan(50);
    const here = nameTags(nlpTwo, requests);
    expect(here.some((tags) => tags.includes('ProperNoun'))).toBe(true);
    const full = await fullBuildTags(requests);
    expect(requests.filter((_, i) => here[i] !== full[i])).toEqual([]);
  });
});
