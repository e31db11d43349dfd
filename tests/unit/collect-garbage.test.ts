// The build's main thread lets go of the pipeline's data before Astro renders: checked in a Node process of its own,
// as the build's main thread is, since a test runner's worker runs V8 with other memory settings.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const script = `
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from ${JSON.stringify(join(import.meta.dirname, '../../scripts/collect-garbage.ts'))};
let garbage = Array.from({ length: 2_000_000 }, (_, i) => ({ i, text: 'item ' + i, pair: [i, i + 1] }));
// A tenth survives, spread over every page, as the build's counts and memo tables outlive the pipeline's data.
const kept = garbage.filter((_, i) => i % 10 === 0);
const withGarbage = getHeapStatistics().total_physical_size;
garbage = null;
collectGarbage();
console.log(JSON.stringify({ withGarbage, after: getHeapStatistics().total_physical_size, kept: kept.length }));
`;

test('gives the memory of dead objects back to the system, not only the objects to V8', () => {
  const { withGarbage, after } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { withGarbage: number; after: number };
  // About 350 MB of small objects. A plain gc() freed the dead ones but, with live ones on every page, gave back only
  // 4% of the memory (measured: 350 MB to 337 MB); the collection that also compacts gave back 64% (to 125 MB).
  expect(withGarbage).toBeGreaterThan(200 * 1024 * 1024);
  expect(withGarbage - after).toBeGreaterThan(withGarbage / 3);
}, 60_000);
