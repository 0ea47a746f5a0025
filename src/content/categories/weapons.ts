/** `weapons` (policy P9f): selling firearms, ammunition and explosives. */
import type { CategorySpec } from '../_types.js';
import { ar, en, L, R, re } from '../_patterns.js';

export const weaponsSpec: CategorySpec = {
  category: 'weapons',
  source: 'policy P9f',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'unlicensed',
      signal: 'unlicensed',
      weight: 3,
      regex: re(
        `${en(['no license', 'no licence', 'unlicensed', 'unregistered', 'no papers', 'no background check', 'untraceable', 'serial removed', 'bala ro5sa', 'bala tar5ees', 'bala awra2', 'bala hawiye', 'bdoon tar5ees', 'no questions asked', 'no id'])}|${ar(['بدون ترخيص', 'غير مرخص', 'بلا ترخيص', 'بدون رخصه', 'مهرب', 'مهربه', 'بدون اوراق', 'بدون هويه', 'بدون رخصة'])}`,
      ),
    },
    {
      id: 'weapon-types',
      signal: 'weapon',
      weight: 4,
      regex: re(
        `${en(['stun gun', 'stun guns', 'taser', 'tasers', 'switchblade', 'switchblades', 'brass knuckles', 'knuckle duster', 'butterfly knife', 'flick knife', 'sawa3e2', 'sa3e2 kahraba', 'sakakeen kabbas', 'sakeen kabbas', 'bawareed', 'bwareed', 'shozen', 'shozan', 'kalashen', 'klashen', 'kalashin', 'fashak', 'fashek', 'ma5azen', 'msadsat', 'sla7'])}|${ar(['صواعق', 'صاعق كهربايي', 'صواعق كهربائيه', 'سكاكين كباس', 'سكين كباس', 'كباس', 'بوكسات حديد', 'بوكس حديد', 'بواريد', 'بارودة', 'شوزن', 'كلاشن', 'فشك', 'مخازن', 'مسدسات'])}`,
      ),
    },
    {
      id: 'caliber',
      signal: 'caliber',
      weight: 2,
      regex: re(
        `${L}(?:9 ?mm|7\\.62|5\\.56|\\.45|\\.22|12 ?gauge|ak ?47|m ?16|m ?4)${R}|${ar(['عيار', 'فشك', 'فرد'])}`,
      ),
    },
    {
      id: 'toy-or-game',
      signal: 'benign',
      weight: -5,
      regex: re(
        `${en(['water gun', 'glue gun', 'nerf', 'toy gun', 'airsoft', 'paintball', 'video game', 'pubg', 'free fire', 'call of duty', 'game', 'heat gun', 'massage gun', 'shooting club', 'shooting range', 'museum', 'exhibition', 'safety course', 'rimaye', 'mat7af', 'ma3rad', 'mor5as', 'nadi'])}|${ar(['مسدس ماء', 'مسدس مياه', 'لعبه', 'العاب', 'ببجي', 'مسدس شمع', 'مسدس مساج', 'مسدس حراري', 'نادي الرمايه', 'الرمايه', 'المتحف', 'متحف', 'معرض', 'دوره سلامه', 'المرخص'])}`,
      ),
    },
  ],
  suppressedBy: ['enforcement-news', 'benign'],
  combos: [
    {
      id: 'weapon-type+sale',
      weight: 3,
      all: ['weapon'],
      any: ['price', 'sale', 'contact', 'unlicensed', 'phone', 'lexicon'],
      unless: ['benign'],
    },
    {
      id: 'weapon+sale',
      weight: 4,
      all: ['lexicon'],
      any: ['price', 'sale', 'contact', 'unlicensed', 'phone'],
      unless: ['benign'],
    },
    { id: 'weapon+unlicensed', weight: 2, all: ['lexicon', 'unlicensed'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
