// What a build tells Astro through the environment.
import { describe, expect, test } from 'vitest';
import { buildEnvironment } from '../../scripts/build-environment.ts';
import { ENTITY_API_WRITTEN } from '../../src/pipeline/entity-api.ts';
import { BUILD_TOKEN_VARIABLE } from '../../src/pipeline/pending-file.ts';
import { DATA_WRITTEN_BY_BUILD } from '../../src/pipeline/data-written.ts';

describe('the build environment', () => {
  const settings = { contentDir: '/work/content', outDir: '/work/dist', base: '/casebook/', site: 'https://example.org' };

  test('makes a production build even when the shell runs tests or development servers', () => {
    // This file runs under Vitest, which sets NODE_ENV=test: the environment the build must not pass on to Astro.
    expect(process.env['NODE_ENV']).toBe('test');
    expect(buildEnvironment(settings)['NODE_ENV']).toBe('production');
  });

  test('tells Astro where the build reads and writes, and marks the build as its own', () => {
    const env = buildEnvironment(settings);
    expect(env).toMatchObject({ CASEBOOK_CONTENT: '/work/content', CASEBOOK_OUT: '/work/dist', CASEBOOK_BASE: '/casebook/', CASEBOOK_SITE: 'https://example.org', [ENTITY_API_WRITTEN]: '1', [DATA_WRITTEN_BY_BUILD]: '1' });
    expect(env[BUILD_TOKEN_VARIABLE]).not.toBe(buildEnvironment(settings)[BUILD_TOKEN_VARIABLE]);
  });
});
