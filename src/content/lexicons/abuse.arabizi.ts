/**
 * abuse — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and Jordan Telecommunications Law no. 13 of 1995, art. 75/a (threatening, insulting or immoral messages; fabricated news), as listed in the project rules. Insults and slurs are listed only so they can be caught.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'abuse',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and Jordan Telecommunications Law no. 13 of 1995, art. 75/a (threatening, insulting or immoral messages; fabricated news), as listed in the project rules. Insults and slurs are listed only so they can be caught.',
  terms: [
    { term: 'ra7 a2tlak', weight: 9, tag: 'threat' },
    { term: 'ra7 a2tlk', weight: 9, tag: 'threat' },
    { term: 'ba2tlak', weight: 8, tag: 'threat' },
    { term: 'a2tlak', weight: 8, tag: 'threat' },
    { term: 'aqtlak', weight: 8, tag: 'threat' },
    { term: 'adba7ak', weight: 8, tag: 'threat' },
    { term: 'badba7ak', weight: 8, tag: 'threat' },
    { term: 'ba3ref wen saken', weight: 7, tag: 'threat' },
    { term: 'ra7 tendam', weight: 5, tag: 'threat' },
    { term: 'bafda7ak', weight: 8, tag: 'threat' },
    { term: 'ra7 afda7ak', weight: 8, tag: 'threat' },
    { term: 'bnshr sowarak', weight: 8, tag: 'threat' },
    { term: 'sowarak 3indi', weight: 7, tag: 'threat' },
    { term: 'ya 7mar', weight: 5, tag: 'insult' },
    { term: 'ya kalb', weight: 6, tag: 'insult' },
    { term: 'ibn el kalb', weight: 8, tag: 'insult' },
    { term: 'ibn kalb', weight: 8, tag: 'insult' },
    { term: 'ya 7a2eer', weight: 7, tag: 'insult' },
    { term: 'ya wati', weight: 6, tag: 'insult' },
    { term: 'kos omak', weight: 10, tag: 'insult' },
    { term: 'kos ommak', weight: 10, tag: 'insult' },
    { term: 'kosomak', weight: 10, tag: 'insult' },
    { term: 'kus ummak', weight: 10, tag: 'insult' },
    { term: 'sharmoota', weight: 9, tag: 'insult' },
    { term: 'sharmoot', weight: 9, tag: 'insult' },
    { term: 'shrmota', weight: 9, tag: 'insult' },
    { term: '2a7ba', weight: 9, tag: 'insult' },
    { term: 'qa7ba', weight: 9, tag: 'insult' },
    { term: 'manyak', weight: 9, tag: 'insult' },
    { term: 'manyook', weight: 10, tag: 'insult' },
    { term: 'ya ibn el 7aram', weight: 8, tag: 'insult' },
    { term: 'ibn 7aram', weight: 8, tag: 'insult' },
    { term: 'yel3an abook', weight: 9, tag: 'insult' },
    { term: 'yl3n abook', weight: 9, tag: 'insult' },
    { term: 'tfu 3alek', weight: 6, tag: 'insult' },
  ],
  negatives: [{ term: 'ba7ke ma3ak', weight: -2 }],
} satisfies Lexicon;
