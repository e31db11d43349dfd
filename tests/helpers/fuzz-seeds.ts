// Random seed files made of Unicode text and Markdown, MDX and HTML fragments, for the property that text stays text.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';

/** What a fuzz seed holds: its file name and the lines written into it, each of which must appear on its page. */
export interface FuzzSeed {
  file: string;
  lines: string[];
}

/** Syntax that a careless pipeline would hand to the MDX compiler or the browser as code or markup. */
const HOSTILE = [
  '{1 + 1}', '{/* comment */}', '{props.x}', '{', '}', 'import fs from "node:fs"', 'export const leak = process.env',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<Para id="p1">', '</div>', '<EntityLink id="x">', '<!-- hidden -->',
  '# Heading', '## Sub', '* item', '1. first', '> quoted', '---', '***', '`code`', '```', '[link](javascript:alert(1))',
  '![image](x.png)', '<https://example.com>', '&amp;', '&lt;b&gt;', '\\*', '$$x$$', '| a | b |', '__proto__', 'constructor',
  '</script><script>alert(2)</script>', '"quoted"', '“curly”', '«guillemets»', 'a_b_c', '~~strike~~', '[^1]', '<br/>',
];

/** Words of three scripts, so every seed has text a language detector can read. */
const WORDS = ['the', 'report', 'says', 'company', 'data', 'والشركة', 'التقرير', 'قال', 'les', 'données', 'société', 'Bericht', 'Daten'];

/** Printable text: no control, format or unassigned characters (the pipeline removes those on purpose, with a warning). */
const printable = fc
  .string({ unit: 'grapheme', maxLength: 24 })
  .map((s) => s.replace(/[\p{Cc}\p{Cf}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/gu, '').trim());

const fragment = fc.oneof(fc.constantFrom(...HOSTILE), printable, fc.constantFrom(...WORDS));

/** A line: ordinary words around random fragments, so it reads as a sentence with something odd in it. */
const line = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 6 }), fc.array(fragment, { minLength: 1, maxLength: 5 }))
  .map(([words, bits]) => [...words.slice(0, 2), ...bits, ...words.slice(2)].join(' ').replace(/\s+/gu, ' ').trim());

const seedLines = fc.array(line, { minLength: 2, maxLength: 6 });

/** Writes `count` fuzz seeds into `dir`, drawn with a fixed `seed` so a failure can be replayed. */
export async function writeFuzzSeeds(dir: string, count: number, seed: number): Promise<FuzzSeed[]> {
  const samples = fc.sample(seedLines, { numRuns: count, seed });
  const written: FuzzSeed[] = [];
  for (const [i, lines] of samples.entries()) {
    // A plain first line is the headline; the hostile lines follow as paragraphs separated by blank lines.
    const all = [`Fuzz report number ${i + 1} about the company data`, ...lines];
    const file = `fuzz-${String(i + 1).padStart(2, '0')}.txt`;
    await writeFile(join(dir, file), `${all.join('\n\n')}\n`);
    written.push({ file, lines: all });
  }
  return written;
}
