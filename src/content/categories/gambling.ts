/** `gambling` (policy P9f): betting, casinos and lotteries run for money. */
import type { CategorySpec } from '../_types.js';
import { ar, en, gap, re } from '../_patterns.js';

export const gamblingSpec: CategorySpec = {
  category: 'gambling',
  source: 'policy P9f',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'bonus-deposit',
      signal: 'bonus',
      weight: 2,
      regex: re(
        `${en(['deposit', 'first deposit', 'welcome bonus', 'bonus', 'free bet', 'free spins', 'cashback'])}${gap(25)}${en(['bonus', 'bet', 'bets', 'spins', 'odds', 'casino', 'match', 'win', 'double'])}|${ar(['ايداع', 'اول ايداع', 'بونص', 'مكافاه ترحيبيه', 'رهان مجاني'])}${gap(25)}${ar(['بونص', 'رهان', 'مراهنه', 'كازينو', 'اربح', 'ضعف'])}`,
      ),
    },
    {
      id: 'bet-words',
      signal: 'bet',
      weight: 3,
      regex: re(
        `${en(['mura3anat', 'mura3ana', 'mrahanat', 'mra7anat', 'rahan', 'rahen', 'r4hen', 'rahin', 'ra7en', 'betting app', 'bet slip', 'real money', 'masari 7a2ee2iye', 'flos 7a2ee2iye', 'real cash'])}|${ar(['راهن', 'رهان', 'مراهنه', 'مراهنات', 'فلوس حقيقيه', 'مصاري حقيقيه', 'اموال حقيقيه', 'تطبيق مراهنات'])}`,
      ),
    },
    {
      id: 'instant-payout',
      signal: 'bonus',
      weight: 1,
      regex: re(
        `${en(['instant withdrawal', 'fast withdrawal', 'instant payout', 'sa7b fawri', 'chips majjaniye', 'free chips', 'cashback', 'x5', 'x10'])}|${ar(['سحب فوري', 'سحب سريع', 'رقاقات مجانيه', 'كاش باك'])}`,
      ),
    },
    {
      id: 'media-context',
      signal: 'media',
      weight: -3,
      regex: re(
        `${en(['movie', 'film', 'scene', 'highlights', 'series', 'episode', 'documentary', 'underdogs', 'mashhad', 'el film', 'musalsal'])}|${ar(['فيلم', 'الفيلم', 'مشهد', 'ملخص', 'اهداف المباراه', 'مسلسل', 'حلقه', 'وثائقي'])}`,
      ),
    },
    {
      id: 'odds',
      signal: 'odds',
      weight: 2,
      regex: re(
        `${en(['odds', 'place your bet', 'place a bet', 'bet on', 'stake', 'accumulator', 'parlay', 'live betting', 'promo code'])}|${ar(['احتمالات', 'ضع رهانك', 'راهن على', 'رهانات مباشره', 'توقع واربح'])}`,
      ),
    },
  ],
  suppressedBy: ['media', 'enforcement-news'],
  combos: [
    { id: 'bet+money', weight: 2, all: ['bet'], any: ['bonus', 'odds', 'price', 'link', 'lexicon'] },
    { id: 'gambling+bonus', weight: 3, all: ['lexicon'], any: ['bonus', 'odds', 'link', 'price'] },
    { id: 'gambling+link+bonus', weight: 1, all: ['lexicon', 'link', 'bonus'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
