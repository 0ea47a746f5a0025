/**
 * fraud — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and Jordan Telecommunications Law no. 13 of 1995, art. 75/a as listed in the project rules; own compilation of prize, lottery, advance-fee, parcel-fee, fake-job and fake-investment lures as they circulate in the region and in English SMS spam.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'fraud',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and Jordan Telecommunications Law no. 13 of 1995, art. 75/a as listed in the project rules; own compilation of prize, lottery, advance-fee, parcel-fee, fake-job and fake-investment lures as they circulate in the region and in English SMS spam.',
  terms: [
    { term: 'mabrook rba7t', weight: 9, tag: 'prize' },
    { term: 'mabrouk rbe7t', weight: 9, tag: 'prize' },
    { term: 'mabruk rba7t', weight: 9, tag: 'prize' },
    { term: 'rba7t', weight: 4, tag: 'prize' },
    { term: 'rbe7t', weight: 4, tag: 'prize' },
    { term: 'rabe7t', weight: 4, tag: 'prize' },
    { term: 'rbi7t', weight: 4, tag: 'prize' },
    { term: 'fozt', weight: 3, tag: 'prize' },
    { term: 'fuzt', weight: 3, tag: 'prize' },
    { term: 'fezt', weight: 3, tag: 'prize' },
    { term: 'ja2eze', weight: 2, tag: 'prize' },
    { term: 'jayze', weight: 2, tag: 'prize' },
    { term: 'ja2iza', weight: 2, tag: 'prize' },
    { term: 'jaize', weight: 2, tag: 'prize' },
    { term: 'jayza', weight: 2, tag: 'prize' },
    { term: 'raqmak faz', weight: 8, tag: 'prize' },
    { term: 'ra2mak faz', weight: 8, tag: 'prize' },
    { term: 'ra2mak rebe7', weight: 8, tag: 'prize' },
    { term: 'istilam el jayze', weight: 7, tag: 'prize' },
    { term: 'estlam el ja2eze', weight: 7, tag: 'prize' },
    { term: 'rsoom istilam', weight: 6, tag: 'fee' },
    { term: 'tardak ma7joz', weight: 7, tag: 'fee' },
    { term: 'shi7ntak ma7jooze', weight: 7, tag: 'fee' },
    { term: 'arba7 madmoone', weight: 8, tag: 'investment' },
    { term: 'arbah madmoune', weight: 8, tag: 'investment' },
    { term: 'ribe7 madmoon', weight: 8, tag: 'investment' },
    { term: 'da3ef flosak', weight: 7, tag: 'investment' },
    { term: 'da3ef masaryk', weight: 7, tag: 'investment' },
  ],
  negatives: [
    { term: '7atha e7tiyal', weight: -5 },
    { term: 'ma bntlob rsoom', weight: -5 },
  ],
} satisfies Lexicon;
