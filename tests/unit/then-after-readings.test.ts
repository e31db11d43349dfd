// The dossier's figures and dates start on their thread only once the tagger's readings are in (run-pipeline.ts):
// beside the tagger, on two cores, they took a core from it.
import { describe, expect, test } from 'vitest';
import type { TaggerReading, TaggerRequest } from '../../src/pipeline/guess-entity-type.ts';
import { thenAfterReadings } from '../../src/pipeline/run-pipeline.ts';

describe('thenAfterReadings', () => {
  test('calls its follow-up only after the readings are in, and passes them through unchanged', async () => {
    let finish: (readings: TaggerReading[]) => void = () => undefined;
    const pending = new Promise<TaggerReading[]>((resolve) => (finish = resolve));
    const calls: string[] = [];
    const read = thenAfterReadings(() => pending, () => calls.push('then'));
    const requests: TaggerRequest[] = [{ sentence: 'Quillon said so.', name: 'Quillon' }];
    const reading = read(requests);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);
    finish([{ person: 2 }]);
    expect(await reading).toEqual([{ person: 2 }]);
    expect(calls).toEqual(['then']);
  });

  test('does not call its follow-up when the reading fails', async () => {
    const calls: string[] = [];
    const read = thenAfterReadings(() => Promise.reject(new Error('tagger thread failed')), () => calls.push('then'));
    await expect(read([])).rejects.toThrow('tagger thread failed');
    expect(calls).toEqual([]);
  });
});
