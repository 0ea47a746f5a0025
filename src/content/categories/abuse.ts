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
        `${en(['i will', "i'll", 'we will', "we'll", 'gonna', 'going to', 'i am going to', "i'm going to"])} ${en(['kill', 'hurt', 'beat', 'destroy', 'burn', 'shoot', 'stab', 'find', 'expose', 'ruin', 'break'])} ${en(['you', 'u', 'ya', 'your', 'yours', 'your family'])}|${ar(['راح', 'رح', 'ح', 'سوف', 'س', 'والله ل', 'والله لا'])} ?${ar(['اقتلك', 'اذبحك', 'اكسر راسك', 'اكسرلك', 'افضحك', 'احرقك', 'اطخك', 'اضربك', 'اقتلكم', 'انشر صورك', 'ادمرك', 'اخليك تندم'])}`,
      ),
    },
    {
      id: 'threat-verb',
      signal: 'threat',
      weight: 6,
      regex: re(
        `${en(['i will find you', 'i know where you live', 'watch your back', "you're dead", 'you are dead', 'you will regret', "you'll regret", 'i will burn', "i'll burn", 'we will burn', 'i will hurt', 'ra7 tindam', 'ra7 tendam', 'bt2tlak', 'ba2tlak', 'a2tlak', 'bn7ra2', 'ba7ra2', 'bafda7ak', 'bed7ak'])}|${ar(['اقتلك', 'بقتلك', 'لاقتلك', 'اذبحك', 'بذبحك', 'رح تندم', 'راح تندم', 'بتندم', 'حتندم', 'ستندم', 'بنحرق', 'بحرق', 'بحرقلك', 'افضحك', 'بفضحك', 'بكسر راسك', 'اكسر راسك', 'بطخك', 'اطخك', 'بعرف وين ساكن', 'بعرف وين بتسكن', 'اخر تحذير'])}`,
      ),
    },
    {
      id: 'idiom',
      signal: 'idiom',
      weight: -5,
      regex: re(
        `${en(['kill it', 'killed it', 'killing it', 'kill me', 'kills me', 'killing me', 'dying to', 'to die for', 'kill for a', 'kill time', 'killer deal', 'killer app', 'drop dead gorgeous'])}`,
      ),
    },
    {
      id: 'insult-address',
      signal: 'insult',
      weight: 4,
      regex: re(
        `${en(['you', 'ur', 'u', 'you are', "you're", 'u r', 'you are a', "you're a", 'you r', 'enta', 'inta', 'ya'])} ${en(['idiot', 'stupid', 'moron', 'loser', 'scum', 'pig', 'dog', 'trash', 'worthless', 'piece of shit', 'bitch', 'bastard', 'a worthless', 'piece of trash'])}|${en(['ya'])} ${en(['7mar', 'kalb', '7ayawan', '7aywan', '7a2eer', 'tafeh', 'tafe', 'ghabi', 'zbaleh', 'wa6i'])}|${ar(['يا'])} ${ar(['حمار', 'كلب', 'حيوان', 'حقير', 'واطي', 'زباله', 'غبي', 'تافه', 'خنزير', 'جحش', 'ساقط', 'ساقطه'])}`,
      ),
    },
    {
      id: 'alarm-forward',
      signal: 'alarm',
      weight: 3,
      regex: re(
        `${en(['urgent', 'breaking', 'warning', 'alert', '3ajel', '3ajil'])}[!:. ]{0,4}${gap(80)}${en(['forward to', 'share with', 'send to all', 'forward this', 'share this', 'before it is deleted', 'before they delete', 'spread the word', 'government is hiding', 'they are hiding', 'inshurooha', 'inshuroo', 'inshuruha', 'inshuru', 'shayrooha', '7awwlooha', 'is7abo', 'is7abou', 'i6la3o', 'itla3o', 'm5abye', 'mkhabye', 'la tishrabo', 'leave your homes', 'withdraw all your money', 'before it is too late', "before it's too late"])}|${ar(['عاجل', 'تحذير', 'خطير', 'انتبهوا'])}[!:. ]{0,4}${gap(80)}${ar(['انشر', 'انشرها', 'انشروا', 'ارسلها', 'ارسلوها', 'حولها', 'شاركها', 'لكل اصدقاءك', 'لكل معارفك', 'قبل الحذف', 'انشروها', 'انشروه', 'للجميع', 'تخفي الخبر', 'الحكومه تخفي', 'اطلعوا من بيوتكم', 'اسحبوا'])}`,
      ),
    },
    {
      id: 'fake-disaster',
      signal: 'disaster',
      weight: 2,
      regex: re(
        `${en(['earthquake', 'water poisoned', 'poisoned', 'virus outbreak', 'curfew', 'bombing', 'dam collapse', 'banks will close', 'collapse', 'zilzal', 'zelzal', 'contaminated', 'do not drink', 'radiation leak', 'gas leak', 'explosion', 'tfles', 'teflis', 'masmoome', 'mlawwathe', 'mlawwatha', 'bel sim', 'zilzal', 'zelzal', 'inhiyar'])}|${ar(['زلزال', 'تسمم المياه', 'تسمم', 'حظر تجول', 'انفجار', 'انهيار السد', 'اغلاق البنوك', 'وباء', 'ملوثه', 'بالسم', 'مسمومه', 'تفلس', 'افلاس', 'انهيار'])}`,
      ),
    },
  ],
  suppressedBy: ['idiom'],
  combos: [
    { id: 'alarm+disaster', weight: 3, all: ['alarm', 'disaster'] },
    { id: 'insult+lexicon', weight: 2, all: ['insult', 'lexicon'] },
  ],
};
