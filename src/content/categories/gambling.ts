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
      id: 'odds',
      signal: 'odds',
      weight: 2,
      regex: re(
        `${en(['odds', 'place your bet', 'place a bet', 'bet on', 'stake', 'accumulator', 'parlay', 'live betting', 'promo code'])}|${ar(['احتمالات', 'ضع رهانك', 'راهن على', 'رهانات مباشره', 'توقع واربح'])}`,
      ),
    },
  ],
  suppressedBy: ['enforcement-news'],
  combos: [
    { id: 'gambling+bonus', weight: 3, all: ['lexicon'], any: ['bonus', 'odds', 'link', 'price'] },
    { id: 'gambling+link+bonus', weight: 1, all: ['lexicon', 'link', 'bonus'] },
  ],
  signalWeights: { 'enforcement-news': -6 },
};
