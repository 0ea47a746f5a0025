/** `abuse` (policy P9f, Telecom Law art. 75/a): threats, insults and fabricated alarming news. */
import type { CategorySpec } from '../_types.js';
import { ar, en, gap, re } from '../_patterns.js';

export const abuseSpec: CategorySpec = {
  category: 'abuse',
  source: 'policy P9f',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'threat',
      signal: 'threat',
      weight: 7,
      regex: re(
        `${en(['i will', "i'll", 'we will', "we'll", 'gonna', 'going to', 'i am going to'])} ${en(['kill', 'hurt', 'beat', 'destroy', 'burn', 'shoot', 'stab', 'break your', 'find you and', 'make you pay', 'expose', 'leak your'])}|${ar(['راح', 'رح', 'ح', 'سوف', 'س', 'والله ل', 'والله لا'])} ?${ar(['اقتلك', 'اذبحك', 'اكسر راسك', 'اكسرلك', 'افضحك', 'احرقك', 'اطخك', 'اضربك', 'اقتلكم', 'انشر صورك', 'ادمرك', 'اخليك تندم'])}`,
      ),
    },
    {
      id: 'insult-address',
      signal: 'insult',
      weight: 3,
      regex: re(
        `${en(['you', 'ur', 'u'])} ${en(['idiot', 'stupid', 'moron', 'loser', 'scum', 'pig', 'dog', 'trash', 'worthless', 'piece of shit', 'bitch', 'bastard'])}|${ar(['يا'])} ${ar(['حمار', 'كلب', 'حيوان', 'حقير', 'واطي', 'زباله', 'غبي', 'تافه', 'خنزير', 'جحش', 'ساقط', 'ساقطه'])}`,
      ),
    },
    {
      id: 'alarm-forward',
      signal: 'alarm',
      weight: 3,
      regex: re(
        `${en(['urgent', 'breaking', 'warning', 'alert'])}${gap(80)}${en(['forward to', 'share with', 'send to all', 'forward this', 'share this', 'before it is deleted', 'before they delete', 'spread the word'])}|${ar(['عاجل', 'تحذير', 'خطير', 'انتبهوا'])}${gap(80)}${ar(['انشر', 'انشرها', 'انشروا', 'ارسلها', 'ارسلوها', 'حولها', 'شاركها', 'لكل اصدقاءك', 'لكل معارفك', 'قبل الحذف'])}`,
      ),
    },
    {
      id: 'fake-disaster',
      signal: 'disaster',
      weight: 2,
      regex: re(
        `${en(['earthquake', 'water poisoned', 'poisoned', 'virus outbreak', 'curfew', 'bombing', 'dam collapse', 'banks will close'])}|${ar(['زلزال', 'تسمم المياه', 'تسمم', 'حظر تجول', 'انفجار', 'انهيار السد', 'اغلاق البنوك', 'وباء'])}`,
      ),
    },
  ],
  combos: [
    { id: 'alarm+disaster', weight: 3, all: ['alarm', 'disaster'] },
    { id: 'insult+lexicon', weight: 2, all: ['insult', 'lexicon'] },
  ],
};
