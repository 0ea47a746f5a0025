/**
 * pyramid — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9b (pyramid and multi-level marketing schemes); own compilation of recruitment vocabulary. Company names are widely reported network-marketing brands, listed at low weight as a signal only.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'pyramid',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9b (pyramid and multi-level marketing schemes); own compilation of recruitment vocabulary. Company names are widely reported network-marketing brands, listed at low weight as a signal only.',
  terms: [
    { term: 'taswee2 shabaki', weight: 8, tag: 'scheme' },
    { term: 'tasweeq shabaki', weight: 8, tag: 'scheme' },
    { term: 'taswi2 shabake', weight: 8, tag: 'scheme' },
    { term: 'taswe2 shabaki', weight: 8, tag: 'scheme' },
    { term: 'taswee2 harami', weight: 9, tag: 'scheme' },
    { term: 'tasweeq harami', weight: 9, tag: 'scheme' },
    { term: 'nizam harami', weight: 5, tag: 'scheme' },
    { term: 'taswi2 hrami', weight: 9, tag: 'scheme' },
    { term: 'qnet', weight: 6, tag: 'scheme' },
    { term: 'kyonet', weight: 6, tag: 'scheme' },
    { term: 'jeeb shakhsen', weight: 7, tag: 'recruit' },
    { term: 'jib sh5sen', weight: 7, tag: 'recruit' },
    { term: 'sajjel ta7tak', weight: 7, tag: 'recruit' },
    { term: 'sajel t7tak', weight: 7, tag: 'recruit' },
    { term: '3amoole 3ala kol shakhs', weight: 8, tag: 'recruit' },
    { term: 'shakhsen ta7tak', weight: 8, tag: 'recruit' },
    { term: 'jib nas ta7tak', weight: 7, tag: 'recruit' },
    { term: 'mostawayat el 3omola', weight: 7, tag: 'recruit' },
    { term: 'da5el salbi', weight: 3, tag: 'income' },
    { term: 'dakhl salbi', weight: 3, tag: 'income' },
    { term: '7oreye malye', weight: 3, tag: 'income' },
  ],
  negatives: [{ term: 'ta7theer men el taswee2 el shabaki', weight: -6 }],
} satisfies Lexicon;
