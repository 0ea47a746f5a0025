/** `piracy` (policy P9c): pirated films, software, IPTV and cracked apps. */
import type { CategorySpec } from '../_types.js';
import { ar, en, re } from '../_patterns.js';

export const piracySpec: CategorySpec = {
  category: 'piracy',
  source: 'policy P9c',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'channel-count',
      signal: 'channels',
      weight: 3,
      regex: re(
        `\\d{3,6}\\+? ?${en(['channels', 'live channels', 'movies', 'films', 'series', 'vod'])}|\\d{3,6}\\+? ?${ar(['قناه', 'قنوات', 'فيلم', 'افلام', 'مسلسل'])}`,
      ),
    },
    {
      id: 'paid-content-free',
      signal: 'free-paid',
      weight: 3,
      regex: re(
        `${en(['netflix', 'shahid', 'osn', 'bein', 'disney+', 'spotify premium', 'windows', 'office', 'adobe', 'photoshop', 'all channels', 'premium apps'])} ${en(['free', 'for free', 'activated', 'lifetime', 'cracked', 'unlocked', 'full version'])}|${ar(['نتفلكس', 'شاهد', 'بي ان', 'ويندوز', 'اوفيس', 'جميع القنوات', 'كل القنوات'])} ${ar(['مجانا', 'ببلاش', 'مفعل', 'مدى الحياه', 'مكرك', 'مفتوحه'])}`,
      ),
    },
    {
      id: 'subscription-device',
      signal: 'device',
      weight: 1,
      regex: re(
        `${en(['subscription', 'receiver', 'android box', 'smart tv', 'firestick', 'code', 'activation'])}|${ar(['اشتراك', 'رسيفر', 'بوكس', 'سمارت', 'تفعيل'])}`,
      ),
    },
  ],
  suppressedBy: ['enforcement-news'],
  combos: [
    { id: 'iptv+subscription', weight: 3, all: ['lexicon'], any: ['channels', 'free-paid', 'device', 'price'] },
    { id: 'channels+device', weight: 2, all: ['channels', 'device'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
