/** `piracy` (policy P9c): pirated films, software, IPTV and cracked apps. */
import type { CategorySpec } from '../_types.js';
import { ar, en, gap, re } from '../_patterns.js';

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
      id: 'cracked-software',
      signal: 'cracked',
      weight: 3,
      regex: re(
        `${en(['cracked', 'crack', 'modded', 'mod apk', 'hacked', 'patched', 'keygen', 'activation key', 'license key', 'serial key', 'mhakkar', 'mhakkara', 'm7akkar', 'm7akkara', 'mhakar', 'mkrak'])}${gap(30)}${en(['windows', 'office', 'apps', 'app', 'games', 'game', 'software', 'programs', 'adobe', 'photoshop', 'playstation', 'lifetime', 'al3ab', 'brameej', 'apk'])}|${en(['windows', 'office', 'apps', 'games', 'software', 'programs', 'playstation', 'al3ab', 'brameej'])}${gap(20)}${en(['cracked', 'modded', 'hacked', 'mhakkara', 'm7akkara', 'mhakkar', 'm7akkaraa'])}|${ar(['برامج', 'العاب', 'تطبيقات', 'ويندوز', 'اوفيس', 'بلايستيشن'])}${gap(20)}${ar(['مهكره', 'مهكر', 'مكركه', 'مكرك', 'معدله'])}`,
      ),
    },
    {
      id: 'early-release',
      signal: 'cam-rip',
      weight: 4,
      regex: re(
        `${en(['before cinema release', 'before release', 'still in cinemas', 'cam rip', 'hd cam', 'dvd rip', 'dvd rips', 'camrip', 'telesync', 'screener', 'leaked movies', 'free movies', 'free series'])}|${ar(['قبل نزولها بالسينما', 'قبل نزولها في السينما', 'قبل عرضها', 'نسخ كام', 'نسخه كام', 'افلام مجانا', 'مسلسلات مجانا', 'بدون اعلانات'])}|${en(['2abl ma tinzal', 'nus5a cam', 'aflam majjanan'])}`,
      ),
    },
    {
      id: 'shared-accounts',
      signal: 'shared',
      weight: 3,
      regex: re(
        `${en(['shared account', 'shared accounts', 'unofficial', 'modified receiver', 'unlocked receiver', 'no subscription', 'without subscription', 'mushtarake', 'mushtaraka', 'm3addal', 'bala ishtirak', 'bdoon ishtirak'])}|${ar(['حسابات مشتركه', 'حساب مشترك', 'مشتركه', 'الرسيفر المعدل', 'رسيفر معدل', 'بدون اشتراك', 'ارخص من الاشتراك الرسمي', 'غير رسمي'])}`,
      ),
    },
    {
      id: 'streaming-brand',
      signal: 'streaming',
      weight: 0,
      regex: re(
        `${en(['netflix', 'shahid', 'shahid vip', 'osn', 'bein', 'disney+', 'disney', 'spotify', 'hbo', 'amazon prime', 'iptv', 'matches', 'mobarayat'])}|${ar(['نتفلكس', 'نتفليكس', 'شاهد', 'بي ان', 'مباريات', 'المسلسلات', 'الافلام'])}`,
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
    { id: 'shared+streaming', weight: 3, all: ['shared', 'streaming'] },
    { id: 'cracked+price', weight: 2, all: ['cracked'], any: ['price', 'link', 'lexicon'] },
    { id: 'cam-rip+link', weight: 2, all: ['cam-rip'], any: ['link', 'streaming', 'free-paid'] },
    { id: 'iptv+subscription', weight: 3, all: ['lexicon'], any: ['channels', 'free-paid', 'device', 'price'] },
    { id: 'channels+device', weight: 2, all: ['channels', 'device'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
