// A pipeline that fails part-way leaves nothing running behind it: the worker that keeps the dossier's figures and
// dates ahead waits for the tagger, and a stage that fails first (here, on a broken registry) must release it, or a
// caller that handles the error, like a test or a server, would never see its process end.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';

const ROOT = join(import.meta.dirname, '../..');

test('a pipeline that fails on its registry after a large ingest lets the process end', { timeout: 120_000 }, async () => {
  const work = await mkdtemp(join(tmpdir(), 'casebook-failing-pipeline-'));
  const seedsDir = join(work, 'seeds');
  // Enough new seeds for the pipeline to start its workers ahead of the entities stage.
  await generateCorpus(120, seedsDir);
  const registryPath = join(work, 'entities.yaml');
  await writeFile(registryPath, '- id: [unclosed\n');
  const options = { seedsDir, contentDir: join(work, 'content'), registryPath, lockPath: join(work, 'lock.json'), cacheDir: join(work, 'cache') };
  const script = [
    `import { runPipeline } from ${JSON.stringify(join(ROOT, 'src/pipeline/run-pipeline.ts'))};`,
    `await runPipeline(${JSON.stringify(options)}).then(() => console.log('built'), (error) => console.log('failed: ' + error.message));`,
  ].join('\n');
  const scriptFile = join(work, 'run.mjs');
  await writeFile(scriptFile, script);
  const child = spawn(process.execPath, [scriptFile], { cwd: ROOT });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Given a minute to end by itself: the process does nothing once the pipeline has failed, unless a thread is left.
  const ended = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 60_000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  if (!ended) child.kill('SIGKILL');
  expect(output).toContain('failed: The entity registry');
  expect(ended, output).toBe(true);
});
