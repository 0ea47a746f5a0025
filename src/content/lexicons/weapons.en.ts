/**
 * weapons / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'weapons',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'guns for sale', weight: 9 },
    { term: 'pistol', weight: 5 },
    { term: 'rifle', weight: 5 },
    { term: 'ammo', weight: 5 },
    { term: 'ammunition', weight: 5 },
    { term: 'ak-47', weight: 7 },
    { term: 'glock', weight: 6 },
    { term: 'firearms', weight: 5 },
    { term: 'silencer', weight: 7 },
    { term: 'grenade', weight: 8 },
    { term: 'explosives', weight: 8 },
    { term: 'unregistered gun', weight: 9 },
    { term: 'handgun', weight: 5 },
  ],
  negatives: [
    { term: 'water gun', weight: -5 },
    { term: 'glue gun', weight: -5 },
    { term: 'nerf gun', weight: -5 },
  ],
} satisfies Lexicon;
