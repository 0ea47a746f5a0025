/**
 * counterfeit — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9e (counterfeit goods: replicas, "first copy", "mirror quality") and forged documents/currency; own compilation of the vocabulary sellers use.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'counterfeit',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9e (counterfeit goods: replicas, "first copy", "mirror quality") and forged documents/currency; own compilation of the vocabulary sellers use.',
  terms: [
    { term: 'master kobi', weight: 8, tag: 'replica' },
    { term: 'mastar kobi', weight: 8, tag: 'replica' },
    { term: 'first kobi', weight: 8, tag: 'replica' },
    { term: 'ferst copy', weight: 8, tag: 'replica' },
    { term: 'ta2leed', weight: 4, tag: 'replica' },
    { term: 'taqleed', weight: 4, tag: 'replica' },
    { term: 't2leed', weight: 4, tag: 'replica' },
    { term: 'm2alad', weight: 5, tag: 'replica' },
    { term: 'mqalad', weight: 5, tag: 'replica' },
    { term: 'mu2allad', weight: 5, tag: 'replica' },
    { term: 'ta2leed daraje ola', weight: 9, tag: 'replica' },
    { term: 'taqleed daraja ola', weight: 9, tag: 'replica' },
    { term: 'metl el asli', weight: 5, tag: 'replica' },
    { term: 'zay el asli', weight: 5, tag: 'replica' },
    { term: 'zy el asli', weight: 5, tag: 'replica' },
    { term: 'nafs el asli', weight: 5, tag: 'replica' },
    { term: 'mzawar', weight: 5, tag: 'forgery' },
    { term: 'mezawar', weight: 5, tag: 'forgery' },
  ],
  negatives: [
    { term: 'asli 100', weight: -5 },
    { term: 'kafalet el wakeel', weight: -6 },
  ],
} satisfies Lexicon;
