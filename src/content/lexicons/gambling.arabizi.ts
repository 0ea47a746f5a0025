/**
 * gambling — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and the Jordan Penal Code (gambling houses and games of chance are offences; named as commonly cited, the official text was not consulted); operator brand names are public offshore betting sites as advertised in 2026-11.
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'gambling',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and the Jordan Penal Code (gambling houses and games of chance are offences; named as commonly cited, the official text was not consulted); operator brand names are public offshore betting sites as advertised in 2026-11.',
  terms: [
    { term: 'mrahanat', weight: 7, tag: 'betting' },
    { term: 'mura7anat', weight: 7, tag: 'betting' },
    { term: 'mora7anat', weight: 7, tag: 'betting' },
    { term: 'mura7ana', weight: 7, tag: 'betting' },
    { term: 'mrahane', weight: 7, tag: 'betting' },
    { term: 'mrahnat riyadiye', weight: 9, tag: 'betting' },
    { term: '7sab mrahanat', weight: 9, tag: 'betting' },
    { term: 'maw2e3 mrahanat', weight: 9, tag: 'betting' },
    { term: 'mawqe3 murahanat', weight: 9, tag: 'betting' },
    { term: 'la3b 2mar', weight: 8, tag: 'betting' },
    { term: 'la3eb qmar', weight: 8, tag: 'betting' },
    { term: 'rhan', weight: 3, tag: 'betting' },
    { term: 'ra7en', weight: 4, tag: 'betting' },
    { term: 'qmar', weight: 8, tag: 'betting' },
    { term: '2mar', weight: 5, tag: 'betting' },
    { term: 'gmar', weight: 5, tag: 'betting' },
    { term: 'kazino', weight: 5, tag: 'casino' },
    { term: 'kazino online', weight: 10, tag: 'casino' },
    { term: 'kazino mobasher', weight: 9, tag: 'casino' },
    { term: 'rolet', weight: 6, tag: 'casino' },
    { term: 'awal eeda3', weight: 4, tag: 'bonus' },
    { term: 'bonus eeda3', weight: 5, tag: 'bonus' },
    { term: 'lafat majaniye', weight: 7, tag: 'bonus' },
  ],
  negatives: [{ term: 'edman el 2mar', weight: -5 }],
} satisfies Lexicon;
