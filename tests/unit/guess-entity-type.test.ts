import { describe, expect, test } from 'vitest';
import { emptyVotes, voteFromContext, addVotes } from '../../src/pipeline/guess-entity-type.ts';
import { findNameCandidates } from '../../src/pipeline/find-name-candidates.ts';
import { foldWord } from '../../src/pipeline/fold-text.ts';
import { tokenize } from '../../src/pipeline/tokenize.ts';

/** The words voteFromContext reads, as its definition states them: the 40 characters on each side, trimmed and split on white space. */
function wordsAround(text: string, start: number, end: number): [string, string] {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return [before.trim().split(/\s+/).at(-1)?.replace(/[.,]$/, '') ?? '', after.trim().split(/\s+/)[0]?.replace(/[.,]$/, '') ?? ''];
}

describe('voteFromContext', () => {
  test('a title or a verb of saying next to a name votes person, a preposition before it place', () => {
    const person = emptyVotes();
    const text = 'Yesterday President Amara Quillon said that the port would open.';
    const start = text.indexOf('Amara');
    voteFromContext(text, start, start + 'Amara Quillon'.length, person);
    expect(person).toEqual({ ...emptyVotes(), person: 1 });
    const place = emptyVotes();
    const there = 'The delegation arrived in Portavel, late.';
    voteFromContext(there, there.indexOf('Portavel'), there.indexOf(','), place);
    expect(place).toEqual({ ...emptyVotes(), place: 1 });
  });

  test('reads the same words as trimming and splitting the 40 characters on each side, in any white space', () => {
    // Every mention position in texts with tabs, line breaks, no-break and ideographic spaces, trailing stops and
    // commas, cues further than 40 characters away, and mentions at the very start and end of the text.
    const texts = [
      'said Quillon.',
      'M. Haddad,\tsaid\u00A0Bakan told\u3000reporters in Oslo, près de Lyon.',
      ' \n Dr.\u2003Omar Haddad \u202Fwrote, and then nothing at all happened for a long while in Portavel.',
      'A very long opening sentence that runs on well past forty characters before Quillon said so.',
      'in\u2028Lyon,\u00A0',
    ];
    let checked = 0;
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= Math.min(text.length, start + 12); end++) {
          const votes = emptyVotes();
          voteFromContext(text, start, end, votes);
          const [previous, next] = wordsAround(text, start, end).map(foldWord) as [string, string];
          const expected = emptyVotes();
          const personCue = ['said', 'told', 'wrote', 'dr', 'm', 'president'].includes(previous) || ['said', 'told', 'wrote'].includes(next);
          if (personCue) expected.person = 1;
          if (['in', 'pres', 'a', 'au'].includes(previous)) expected.place = 1;
          expect({ text, start, end, votes }).toEqual({ text, start, end, votes: expected });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('addVotes', () => {
  test('adds every type a reading names and leaves the others', () => {
    const votes = { ...emptyVotes(), person: 2, place: 1 };
    addVotes(votes, { person: 3, organization: 1 });
    expect(votes).toEqual({ ...emptyVotes(), person: 5, place: 1, organization: 1 });
  });
});

describe('name candidates', () => {
  test("a candidate's surface tokenises into as many words as its `tokens` (discovery splits only runs of three words or more)", () => {
    const texts = [
      'Satya Nadella and Elon Musk met Ministry of Water and Energy officials in l’Hydralis Port.',
      "The Users' Union, Jean-Pierre Bakan's lawyers and Dr. Omar Haddad's office wrote to Bing and Xbox.",
      'Le ministre de la Santé, M. Oberlin, a reçu Mme Quillon et Nasa Partners à Portavel.',
      'Der Wasserminister Omar Haddad und Kubikmeter Trinkwasser sagte Bakan Energy y Nasa.',
    ];
    let seen = 0;
    for (const text of texts) {
      for (const candidate of findNameCandidates(text, [])) {
        expect({ surface: candidate.surface, words: tokenize(candidate.surface).length }).toEqual({ surface: candidate.surface, words: candidate.tokens });
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(12);
  });
});
