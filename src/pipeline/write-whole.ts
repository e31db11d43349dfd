// Writing a file so that a reader, or the next build after a stopped one, finds the old file or the new one, never half.
import { rename, writeFile } from 'node:fs/promises';

/** Writes `text` beside `path` and renames it into place. */
export async function writeWhole(path: string, text: string | Uint8Array): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, path);
}
