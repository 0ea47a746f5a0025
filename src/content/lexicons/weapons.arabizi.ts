/**
 * weapons / arabizi: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'weapons',
  language: 'arabizi',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'msadas', weight: 5 },
    { term: 'sla7', weight: 4 },
    { term: 'klashin', weight: 7 },
  ],
  negatives: [],
} satisfies Lexicon;
