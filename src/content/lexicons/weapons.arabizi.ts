/**
 * weapons — Arabizi (Latin-script Arabic) terms.
 * Source: Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and the Jordan Weapons and Ammunition Law no. 34 of 1952 (possession and trade need a licence; law named as commonly cited, the official text was not consulted).
 * Licence: MIT, with the package (own work; facts named above are cited, not copied). Reviewed: 2026-11.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'weapons',
  language: 'arabizi',
  source:
    'Own compilation (2026-11) of Arabizi spellings (Latin letters, digits 2/3/5/7/8/9 for hamza, ain, kha, ha, ghain/qaf, sad) of the Arabic terms, Levantine and Gulf usage; no external word list copied. Scope: platform policy P9f and the Jordan Weapons and Ammunition Law no. 34 of 1952 (possession and trade need a licence; law named as commonly cited, the official text was not consulted).',
  terms: [
    { term: 'msadas', weight: 4, tag: 'firearm' },
    { term: 'mosadas', weight: 4, tag: 'firearm' },
    { term: 'musaddas', weight: 4, tag: 'firearm' },
    { term: 'sla7', weight: 3, tag: 'firearm' },
    { term: 'sila7', weight: 3, tag: 'firearm' },
    { term: 'klashin', weight: 8, tag: 'firearm' },
    { term: 'kalashin', weight: 8, tag: 'firearm' },
    { term: 'klashinkov', weight: 9, tag: 'firearm' },
    { term: 'barode', weight: 5, tag: 'firearm' },
    { term: 'shozan', weight: 6, tag: 'firearm' },
    { term: 'fashak', weight: 6, tag: 'ammo' },
    { term: 'rsas', weight: 4, tag: 'ammo' },
    { term: 'rasas', weight: 4, tag: 'ammo' },
    { term: 'tha5eera', weight: 6, tag: 'ammo' },
    { term: 'thakhira', weight: 6, tag: 'ammo' },
    { term: 'zakhira', weight: 6, tag: 'ammo' },
    { term: 'msadas lal bee3', weight: 10, tag: 'sale' },
    { term: 'mosadas lal bee3', weight: 10, tag: 'sale' },
    { term: 'sla7 lal bee3', weight: 10, tag: 'sale' },
    { term: 'fashak lal bee3', weight: 10, tag: 'sale' },
    { term: 'sla7 bdoon tar5ees', weight: 9, tag: 'sale' },
  ],
  negatives: [
    { term: 'msadas may', weight: -6 },
    { term: 'msadas mayy', weight: -6 },
  ],
} satisfies Lexicon;
