// Ids for dossier items, unique within one list: the page uses them as anchors.

/** Returns a function that gives each id back as it is the first time, and numbered (-2, -3 …) after that. */
export function idAllocator(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
}
