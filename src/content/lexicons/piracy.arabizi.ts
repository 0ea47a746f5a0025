/**
 * piracy — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9c (copyright: pirated films and software, IPTV resale, cracked apps, card-sharing); own compilation of the vocabulary resellers use.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'piracy',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9c (copyright: pirated films and software, IPTV resale, cracked apps, card-sharing); own compilation of the vocabulary resellers use.',
  terms: [
    { term: 'ishtirak iptv', weight: 9, tag: 'iptv' },
    { term: 'eshtirak iptv', weight: 9, tag: 'iptv' },
    { term: 'eshterak iptv', weight: 9, tag: 'iptv' },
    { term: 'server iptv', weight: 9, tag: 'iptv' },
    { term: 'sirfir iptv', weight: 9, tag: 'iptv' },
    { term: 'shering', weight: 6, tag: 'iptv' },
    { term: '2anawat mshafra', weight: 7, tag: 'iptv' },
    { term: 'qanawat mushafara', weight: 7, tag: 'iptv' },
    { term: 'bdoon ta2tee3', weight: 3, tag: 'iptv' },
    { term: 'krak', weight: 5, tag: 'crack' },
    { term: 'mkarrak', weight: 8, tag: 'crack' },
    { term: 'mkrak', weight: 8, tag: 'crack' },
    { term: 'mukarrak', weight: 8, tag: 'crack' },
    { term: 'mhakar', weight: 5, tag: 'crack' },
    { term: 'mhakkar', weight: 5, tag: 'crack' },
    { term: 'tatbee2 mhakar', weight: 8, tag: 'crack' },
    { term: 'aflam m2arsane', weight: 8, tag: 'film' },
    { term: 'mqarsan', weight: 7, tag: 'film' },
    { term: 'm2arsan', weight: 7, tag: 'film' },
  ],
  negatives: [{ term: 'ishtirak rasmi', weight: -5 }],
} satisfies Lexicon;
