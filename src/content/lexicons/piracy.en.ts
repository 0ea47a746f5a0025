/**
 * piracy / en: development seed lexicon.
 * Source: Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.
 */
import type { Lexicon } from './types.js';

export const lexicon = {
  category: 'piracy',
  language: 'en',
  source:
    'Development seed written by the content engine author (sms-policy), November 2026, own compilation; replaced by the full lexicon files.',
  terms: [
    { term: 'iptv', weight: 5 },
    { term: 'cracked', weight: 6 },
    { term: 'crack', weight: 4 },
    { term: 'keygen', weight: 8 },
    { term: 'serial key', weight: 6 },
    { term: 'pirated', weight: 8 },
    { term: 'torrent', weight: 5 },
    { term: 'free netflix', weight: 7 },
    { term: 'all channels', weight: 3 },
    { term: 'premium channels', weight: 3 },
    { term: 'activation code free', weight: 6 },
    { term: 'netflix premium', weight: 4 },
    { term: 'bein sports', weight: 2 },
    { term: 'lifetime subscription', weight: 3 },
    { term: 'modded apk', weight: 7 },
    { term: '4k channels', weight: 4 },
  ],
  negatives: [],
} satisfies Lexicon;
