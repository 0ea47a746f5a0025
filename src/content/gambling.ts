/**
 * `content/gambling` (policy P9f): betting, casinos and gambling for money.
 *
 * Source: own compilation by the sms-policy authors (2026-11, regrouped 2026-12 into concept classes and frames):
 * MSA, Levantine, Gulf and Egyptian forms, English and Arabizi, as sellers write them; no external word list
 * copied. Licence: MIT, with the package.
 */
import type { Rule } from '../core/types.js';
import { goodsFrames } from './_goods.js';
import { singleCategoryRule } from './_rule.js';
import type { CategorySpec } from './_spec.js';
import type { ContentOptions } from './options.js';

const PRODUCT = ['gambling-strong', 'gambling-product'];

export const GAMBLING = {
  category: 'gambling',
  source: 'policy P9f',
  description: 'Betting, casinos and gambling for money',
  concepts: [
    {
      id: 'gambling-strong',
      description: 'terms that name the category outright',
      en: [
        'sports betting',
        'bet now',
        'place your bet',
        'place your bets',
        'free bet',
        'free bets',
        'fixed match',
        'fixed matches',
        'sure odds',
        'online casino',
        'live casino',
        'free spins',
        '1xbet',
        'bet365',
        'betway',
        'melbet',
        'parimatch',
        '22bet',
        'sportybet',
      ],
      ar: [
        'مراهنات رياضية',
        'مراهنات كرة القدم',
        'راهن واربح',
        'اربح من المراهنات',
        'راهن الآن',
        'حساب مراهنات',
        'موقع مراهنات',
        'قمار',
        'مقامرة',
        'كازينو اونلاين',
        'كازينو مباشر',
        'روليت',
        'سلوتس',
        'ماكينات قمار',
        'بوكر اونلاين',
        'ألعاب كازينو',
        'ألعاب السلوت',
        'ون اكس بت',
        'وان اكس بت',
        'ميلبيت',
        'باريماتش',
        'لينبت',
        'رهان مجاني',
        'مباريات مضمونة',
        'كازينو اون لاين',
        'كازينو على الانترنت',
        'دورات مجانيه',
        'لفات مجانيه',
      ],
      arabizi: [
        'mrahnat riyadiye',
        '7sab mrahanat',
        'maw2e3 mrahanat',
        'mawqe3 murahanat',
        'la3b 2mar',
        'la3eb qmar',
        'qmar',
        'kazino online',
        'kazino mobasher',
      ],
    },
    {
      id: 'gambling-product',
      description: 'strong terms that need little context',
      en: [
        'betting',
        'betting tips',
        'sure win',
        'accumulator',
        'wager',
        'bookmaker',
        'bookie',
        'gambling',
        'gamble',
        'casino',
        'roulette',
        'blackjack',
        'slot machine',
        'deposit bonus',
        'first deposit',
        'deposit match',
        'bet on',
        'place a bet',
        'betting app',
        'casino account',
        'no-deposit bonus',
        'no deposit bonus',
        'crash game',
        'odds boost',
      ],
      ar: [
        'مراهنة',
        'كازينو',
        'بلاك جاك',
        'بوكر',
        'طاولة بوكر',
        'سلوت',
        'جاكبوت',
        'مكافأة إيداع',
        'مكافأة الإيداع الأول',
        'أول إيداع',
        'بونص ترحيبي',
        'لفات مجانية',
        'إيداع وسحب فوري',
        'توقعات مضمونة',
        'ماتشات مضمونة',
        'مراهنات كوره',
        'مراهنات كره',
        'مراهنات',
        'موقع مراهنات',
        'حساب مراهنات',
        'رهانك',
        'حط رهانك',
        'راهن على',
        'اكسب ضعف',
      ],
      arabizi: [
        'mrahanat',
        'mura7anat',
        'mora7anat',
        'mura7ana',
        'mrahane',
        'ra7en',
        '2mar',
        'gmar',
        'rolet',
        'awal eeda3',
        'bonus eeda3',
        'lafat majaniye',
        'rahanak',
        'rahen',
        'rahen 3ala',
        'mrahnat',
        '7ot rahanak',
      ],
    },
    {
      id: 'gambling-weak',
      description: 'weak terms that need company',
      en: ['poker', 'jackpot', 'welcome bonus', 'predictor', 'aviator', 'spin to win', 'slots'],
      ar: ['رهان', 'راهن', 'يانصيب'],
      arabizi: ['rhan', 'bet', 'casino', 'kazino'],
    },
    {
      id: 'gambling-legit',
      description: 'legitimate look-alikes',
      en: ['gambling addiction', 'problem gambling', 'gambling helpline'],
      ar: ['إدمان القمار', 'احذر من مواقع المراهنات', 'أضرار القمار', 'علاج إدمان القمار'],
      arabizi: ['edman el 2mar'],
    },
    {
      id: 'bet-word',
      description: 'bet, odds, stake, win (gambling words)',
      en: [
        'bet',
        'bets',
        'odds',
        'stake',
        'stakes',
        'deposit',
        'withdraw',
        'bonus',
        'spins',
        'free spins',
        'cashout',
        'win big',
        'big win',
        'tips',
        'predictions',
      ],
      ar: ['رهان', 'راهن', 'مراهنه', 'ايداع', 'سحب', 'بونص', 'مكافاه', 'لفات', 'توقعات', 'اربح'],
      arabizi: ['rhan', 'ra7en', 'eeda3'],
    },
  ],
  weights: { 'gambling-strong': 6, 'gambling-product': 4, 'gambling-weak': 1 },
  frames: [
    ...goodsFrames('gambling'),
    {
      id: 'bet-money',
      weight: 4,
      near: [PRODUCT, ['bet-word', 'money', 'earn']],
      window: 10,
      note: 'betting with money, bonuses, spins',
    },
    { id: 'legitimate', weight: -6, near: ['gambling-legit'], note: 'legitimate look-alikes' },
  ],
  reviewAt: 4,
  denyAt: 9,
  cap: 20,
  obfuscationWeight: 2,
  examples: {
    flagged: [
      'Online casino: 200% deposit bonus + 50 free spins, bet now at luckyspin.bet',
      'راهن واربح على مباريات كرة القدم، مكافأة الإيداع الأول 100%',
    ],
    clean: [
      'Gambling addiction helpline: call us, we can help',
      'Match night at the club: Real vs Barca on the big screen',
    ],
  },
} as const satisfies CategorySpec;

/**
 * The `content/gambling` rule: betting, casinos and gambling for money (policy P9f), in Arabic, English and Arabizi, through
 * obfuscation. `contentRules()` builds all eleven content rules on one shared classifier, which is cheaper.
 *
 * @example
 * const policy = createPolicy({ rules: [gambling()] });
 * policy.lint({ senderId: 'adv Shop', kind: 'ADV', text: "Online casino: 200% deposit bonus + 50 free spins, bet now at luckyspin.bet" }).verdict; // 'deny'
 */
export function gambling(options?: ContentOptions): Rule {
  return singleCategoryRule(GAMBLING, options, 'gambling');
}
