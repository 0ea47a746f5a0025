/** `pyramid` (policy P9b): pyramid and multi-level marketing schemes. */
import type { CategorySpec } from '../_types.js';
import { ar, earnPerPeriod, en, gap, re } from '../_patterns.js';

export const pyramidSpec: CategorySpec = {
  category: 'pyramid',
  source: 'policy P9b',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'recruit-n',
      signal: 'recruit',
      weight: 5,
      regex: re(
        `${en(['recruit', 'invite', 'bring', 'refer', 'add', 'sign up', 'get', 'jeeb', 'jib', 'sajjel', 'sajel', 'daff', 'ed3i'])}${gap(12)}\\d{1,3} ${en(['people', 'persons', 'friends', 'members', 'others', 'more people', 'new members', 'referrals', 'as7ab', 'a3da2', 'ashkhas', 'nas', 'ash5as'])}|${ar(['اجلب', 'جيب', 'جب', 'ادع', 'ادعو', 'اضف', 'ضيف', 'سجل', 'اشرك', 'تجيب', 'تسجل'])}${gap(12)}\\d{1,3} ${ar(['اشخاص', 'شخص', 'اصدقاء', 'اعضاء', 'عضو', 'اصحاب', 'اشخاص جدد', 'اعضا'])}`,
      ),
    },
    { id: 'earn-per-period', signal: 'earn', weight: 0, regex: earnPerPeriod() },
    {
      id: 'commission-per-member',
      signal: 'recruit',
      weight: 4,
      regex: re(
        `${en(['commission', 'bonus', 'earn', 'paid'])}${gap(20)}${en(['per referral', 'for each person', 'for every person', 'per person you', 'for every friend', 'for each member', 'per recruit', 'your downline'])}|${ar(['عموله', 'مكافاه', 'اربح', 'نسبه'])}${gap(20)}${ar(['عن كل شخص', 'على كل شخص', 'لكل شخص', 'عن كل صديق', 'لكل عضو', 'عن كل عضو'])}`,
      ),
    },
    {
      id: 'recruit-structure',
      signal: 'recruit',
      weight: 4,
      regex: re(
        `${en(['every person you bring', 'each person you bring', 'every person you recruit', 'everyone you sign up', 'every new partner you sign up', 'every member you recruit', 'people under you', 'under you', 'levels deep', 'next level bonus', 'binary plan', 'matrix plan', 'gifting circle', 'gift system', 'your downline', 'their recruits', 'ta7tak', 'kol wa7ad bitjeebo', 'elli byjeebhom', 'kol 3odo', 'nizam el hadaya', 'bitsajjlo', 'el shabake ta7tak'])}|${ar(['تحتك', 'الشبكه تحتك', 'كل عضو جديد', 'كل شريك جديد', 'كل اللي تسجلهم', 'كل شخص تجيبه', 'يضم عضوين', 'نظام الهدايا', 'المستوى الثاني', 'مستويات', 'اللي تحتك'])}`,
      ),
    },
    {
      id: 'commission',
      signal: 'earn',
      weight: 0,
      regex: re(
        `${en(['commission', 'commissions', 'pays you', 'earn from', 'residual', '3omole', '3imole', 'bya3teek', 'btirba7', 'irba7', 'btistalem', 'istarje3', 'ad3af'])}|${ar(['عموله', 'عمولات', 'يعطيك', 'تربح', 'اربح', 'تستلم', 'استرد', 'اضعاف', 'ارباح'])}`,
      ),
    },
    {
      id: 'work-from-home',
      signal: 'home',
      weight: 0,
      regex: re(
        `${en(['work from home', 'from the comfort of your home', 'from your phone', 'no experience needed', 'no experience required', 'join now', 'join my team', 'join our team'])}|${ar(['من البيت', 'من المنزل', 'من بيتك', 'من موبايلك', 'بدون خبره', 'انضم الينا', 'انضم لفريقنا'])}`,
      ),
    },
    {
      id: 'entry-fee',
      signal: 'entry-fee',
      weight: 1,
      regex: re(
        `${en(['starter kit', 'joining fee', 'registration fee', 'membership fee', 'initial investment', 'invest only', 'start with only', 'starter pack', 'buy the pack', 'buy the package', 'ishtri el bake', 'rusoom', 'rsoom', 'idfa3'])}|${ar(['رسوم الاشتراك', 'رسوم التسجيل', 'رسوم تسجيل', 'اشتراك ب', 'ابدا ب', 'استثمر فقط', 'ادفع', 'اشتري الباقه'])}`,
      ),
    },
  ],
  combos: [
    { id: 'recruit+earn', weight: 4, all: ['recruit'], any: ['earn', 'entry-fee', 'lexicon'] },
    { id: 'earn+recruit', weight: 2, all: ['earn', 'lexicon'] },
    { id: 'lexicon+earn', weight: 2, all: ['lexicon'], any: ['earn', 'recruit', 'entry-fee'] },
  ],
};
