// Looking a key up in a record parsed from a file or written as a table, without its prototype answering for it.

/** The value `record` holds under `key` itself; undefined for a key it lacks, including "constructor" or "__proto__". */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
