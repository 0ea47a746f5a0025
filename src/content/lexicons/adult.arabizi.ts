/**
 * adult — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9a and Jordan Telecommunications Law no. 13 of 1995, art. 75/a (immoral messages). Terms kept to what such ads actually say; graphic detail omitted.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'adult',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9a and Jordan Telecommunications Law no. 13 of 1995, art. 75/a (immoral messages). Terms kept to what such ads actually say; graphic detail omitted.',
  terms: [
    { term: 'seks', weight: 9, tag: 'explicit' },
    { term: 'sexy banat', weight: 7, tag: 'explicit' },
    { term: 'neek', weight: 6, tag: 'explicit' },
    { term: 'i2ba7i', weight: 9, tag: 'explicit' },
    { term: '2iba7i', weight: 9, tag: 'explicit' },
    { term: 'ebahi', weight: 8, tag: 'explicit' },
    { term: 'sowar 3arya', weight: 8, tag: 'explicit' },
    { term: 'swar 3arye', weight: 8, tag: 'explicit' },
    { term: 'masaj 5as', weight: 8, tag: 'escort' },
    { term: 'masaj khas', weight: 8, tag: 'escort' },
    { term: 'massage 5as', weight: 8, tag: 'escort' },
    { term: 'banat lail', weight: 8, tag: 'escort' },
    { term: 'banat lal ta3aruf', weight: 9, tag: 'dating' },
    { term: 'banat lil ta3arof', weight: 9, tag: 'dating' },
    { term: 'ta3aruf banat', weight: 8, tag: 'dating' },
    { term: 'ar2am banat', weight: 8, tag: 'dating' },
    { term: 'arqam banat', weight: 8, tag: 'dating' },
    { term: 'ra2m banat', weight: 8, tag: 'dating' },
    { term: 'shat sa5en', weight: 8, tag: 'dating' },
    { term: 'chat sa5en', weight: 8, tag: 'dating' },
    { term: 'ta3aruf', weight: 2, tag: 'dating' },
  ],
  negatives: [{ term: 'el jinsiye', weight: -4 }],
} satisfies Lexicon;
