// Ids for dossier items, unique within one list: the page uses them as anchors.

/** Returns a function that gives each id back as it is the first time, and numbered (-2, -3 …) after that. */
export function idAllocator(): (id: string) => string {
  const used = new Set<string>();
  // Where the search for a free number resumes for each id: the numbers before it are all taken, and stay taken.
  const nextNumber = new Map<string, number>();
  return (id) => {
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
    let n = nextNumber.get(id) ?? 2;
    while (used.has(`${id}-${n}`)) n++;
    nextNumber.set(id, n + 1);
    used.add(`${id}-${n}`);
    return `${id}-${n}`;
  };
}
