// A short digest of any JSON-able value, for incremental builds' cache keys: the key is stored per page, the value can be large.
import { createHash } from 'node:crypto';

/** The SHA-256 of the value's JSON, in base64url. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}
