/**
 * prescription / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'prescription',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'viagra', weight: 6 },
    { term: 'cialis', weight: 6 },
    { term: 'levitra', weight: 6 },
    { term: 'tramadol', weight: 7 },
    { term: 'xanax', weight: 7 },
    { term: 'valium', weight: 6 },
    { term: 'oxycodone', weight: 7 },
    { term: 'adderall', weight: 7 },
    { term: 'codeine', weight: 5 },
    { term: 'lyrica', weight: 5 },
    { term: 'no prescription', weight: 6 },
    { term: 'without prescription', weight: 6 },
    { term: 'sildenafil', weight: 6 },
    { term: 'tadalafil', weight: 6 },
    { term: 'rx pills', weight: 6 },
    { term: 'ozempic', weight: 4 },
    { term: 'diet pills', weight: 4 },
    { term: 'captagon', weight: 5 },
  ],
  negatives: [
    { term: 'your prescription is ready', weight: -5 },
    { term: 'pharmacy hours', weight: -4 },
    { term: 'open 24 hours', weight: -3 },
    { term: 'appointment', weight: -3 },
  ],
} satisfies Lexicon;
