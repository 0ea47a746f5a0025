/**
 * counterfeit / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'counterfeit',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'replica', weight: 6 },
    { term: 'replicas', weight: 6 },
    { term: 'first copy', weight: 7 },
    { term: 'master copy', weight: 7 },
    { term: 'mirror quality', weight: 8 },
    { term: 'aaa quality', weight: 6 },
    { term: '1:1 copy', weight: 7 },
    { term: 'high copy', weight: 6 },
    { term: 'fake rolex', weight: 8 },
    { term: 'copy watches', weight: 6 },
    { term: 'super copy', weight: 7 },
    { term: 'same as original', weight: 4 },
    { term: 'inspired by', weight: 1 },
  ],
  negatives: [
    { term: '100% original', weight: -3 },
    { term: 'authorized dealer', weight: -4 },
    { term: 'genuine', weight: -2 },
    { term: 'warranty', weight: -2 },
  ],
} satisfies Lexicon;
