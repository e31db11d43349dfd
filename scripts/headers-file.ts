// Reads a _headers file the way Netlify and Cloudflare Pages do, so tests serve pages under the headers the site ships.

/** One block of a _headers file: a path pattern and the headers for paths that match it. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses `/path/*` lines followed by indented `Name: value` lines; `#` starts a comment line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path block, or without a colon: ${line.trim()}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for `path`: every matching rule in order, `*` matching any run of characters. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'u');
    if (pattern.test(path)) Object.assign(headers, rule.headers);
  }
  return headers;
}
