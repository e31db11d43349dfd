// Language names as the site shows them and search filters by them: one spelling, whichever page asks first.
import { describe, expect, test } from 'vitest';
import { languageName } from '../../src/pipeline/language-name.ts';

describe('languageName', () => {
  test('names a language in English, the same each time it is asked', () => {
    expect(['ar', 'fr', 'en', 'ar'].map(languageName)).toEqual(['Arabic', 'French', 'English', 'Arabic']);
  });

  test('says "Unknown language" for und, and names any other tag as ICU does', () => {
    expect(languageName('und')).toBe('Unknown language');
    expect(languageName('qaa')).toBe(new Intl.DisplayNames(['en'], { type: 'language' }).of('qaa'));
  });
});
