/** `fraud` (policy P9f): prize and lottery scams, advance-fee, fake jobs, fake investment returns. */
import type { CategorySpec } from '../_types.js';
import { ar, earnPerPeriod, en, gap, PRICE, R, re, SCAM_WARNING } from '../_patterns.js';

export const fraudSpec: CategorySpec = {
  category: 'fraud',
  source: 'policy P9f',
  reviewAt: 4,
  denyAt: 8,
  cap: 20,
  obfuscationWeight: 2,
  patterns: [
    {
      id: 'prize-won',
      signal: 'prize',
      weight: 3,
      regex: re(
        `(?<![a-z])(?:won|win|winning) (?:aed|sar|usd|jd|jod|kwd|qar|dinars?|riyals?|dollars?|\\$|£|€)? ?\\d|${en(['you have won', "you've won", 'you won', 'you have been selected', 'you are selected', "you've been selected", 'you have been chosen', 'you are the winner', 'is the winner', 'selected to receive', 'guaranteed prize', 'won a', 'winner of', 'lucky winner', 'lucky draw', 'prize draw', 'awarded', 'rba7t', 'rb7t', 'ribe7', 'rebe7', 'fuzt', 'fozt', 'fzt', 'ribe7t', 'rbe7t', 'ta5tarak', 'tam e5tyarak', 'in5tar', 'en5tar', 'ra2mak in5tar', 'ra2mak ribe7', 'winner', 'winners', 'your number won', 'your number has won', 'your mobile number won', 'your number has been selected', 'await collection', 'awaits collection', 'awaiting collection', 'your lucky day', 'selected to receive', 'cash award', 'unredeemed', 'unclaimed prize', 'you are a winner', 'guaranteed cash'])}|${ar(['ربحت', 'فزت', 'ربحتم', 'فزتم', 'ربح رقمك', 'فاز رقمك', 'تم اختيارك', 'تم اختيار رقمك', 'الفايز', 'فايز', 'حصلت على جايزه', 'كسبت', 'الرابح', 'ربحك'])}`,
      ),
    },
    {
      id: 'prize-noun',
      signal: 'prize-noun',
      weight: 1,
      regex: re(
        `${en(['prize', 'reward', 'cash', 'jackpot', 'lottery', 'voucher', 'gift card', 'bonus', 'iphone', 'car', 'holiday', '£1000', '$1000'])}|${ar(['جايزه', 'جوايز', 'مكافاه', 'سياره', 'ايفون', 'مبلغ', 'قسيمه', 'سحب', 'يانصيب', 'هديه'])}`,
      ),
    },
    {
      id: 'claim',
      signal: 'claim',
      weight: 2,
      regex: re(
        `${en(['claim', 'collect', 'redeem', 'to receive your', 'processing fee', 'delivery fee', 'transfer fee', 'release fee', 'clearance fee', 'registration fee', 'pay the fee', 'small fee', 'customs fee', 'deposit', 'activation fee', 'activation deposit', 'insurance fee', 'pay', 'send money', 'idfa3', 'edfa3', '7awwel', '7awel', 'ba6a2at sha7n', 'rsoom', 'risoom', 'la estilam', 'lal estilam', 'tistalem', 'istalem', 'estalem', 'b rusoom'])}|${ar(['لاستلام', 'استلام', 'للمطالبه', 'المطالبه', 'لتحصيل', 'رسوم', 'الرسوم', 'حول مبلغ', 'تحويل مبلغ', 'ادفع', 'دفع', 'حول', 'حولي', 'بطاقات شحن', 'تامين', 'رسوم تفعيل', 'عربون'])}`,
      ),
    },
    {
      id: 'guaranteed-return',
      signal: 'investment',
      weight: 6,
      regex: re(
        `${en(['guaranteed', 'guarantee', 'risk free', 'risk-free', 'no risk', 'daily'])}${gap(20)}${en(['profit', 'profits', 'return', 'returns', 'income', 'roi', 'interest'])}|${en(['double your money', 'double your investment', 'triple your money'])}|${ar(['ارباح', 'ربح', 'عوايد', 'عايد', 'دخل'])}${gap(6)}${ar(['مضمون', 'مضمونه', 'يومي', 'يوميه', 'مؤكد', 'مؤكده', 'بدون مخاطره'])}|${ar(['ضاعف', 'مضاعفه'])}${gap(8)}${ar(['اموالك', 'فلوسك', 'راس مالك', 'استثمارك'])}`,
      ),
    },
    {
      id: 'advance-fee',
      signal: 'advance-fee',
      weight: 5,
      regex: re(
        `${en(['inheritance', 'beneficiary', 'next of kin', 'unclaimed funds', 'consignment box', 'diplomat', 'compensation fund', 'wire transfer', 'western union', 'moneygram'])}${gap(60)}${en(['fee', 'fees', 'transfer', 'send', 'pay', 'contact', 'claim', 'million', 'usd', 'dollars'])}|${ar(['ميراث', 'ورثه', 'تعويض', 'صندوق', 'حواله'])}${gap(40)}${ar(['رسوم', 'ادفع', 'حول', 'مليون', 'تواصل'])}`,
      ),
    },
    {
      id: 'crypto-double',
      signal: 'investment',
      weight: 4,
      regex: re(
        `${en(['receive double', 'double back', 'doubling', 'x2 your', '2x your', 'double your money', 'btistalem el de3f', 'el de3f', 'da3if', 'da3ef', 'madmoon', 'madmoune', 'madmoone'])}|${ar(['تستلم الضعف', 'ضاعف', 'مضاعفه', 'ارباح مضمونه', 'ربح مضمون', 'بدون اي مخاطره', 'بدون مخاطره'])}`,
      ),
    },
    {
      id: 'crypto',
      signal: 'crypto',
      weight: 0,
      regex: re(
        `${en(['btc', 'usdt', 'crypto', 'bitcoin', 'forex', 'trading bot', 'binance', 'ethereum', 'eth'])}|${ar(['فوركس', 'الفوركس', 'تداول', 'عملات رقميه', 'عملاتك الرقميه', 'بيتكوين', 'كريبتو'])}`,
      ),
    },
    { id: 'earn-per-period', signal: 'earn', weight: 3, regex: earnPerPeriod() },
    {
      id: 'large-sum',
      signal: 'large-sum',
      weight: 1,
      regex: re(
        `(?<![\\p{N},.])\\d{1,3}(?:,\\d{3}){2,}(?![\\p{N}])|(?:\\$|£|€)? ?\\d[\\d,.]{0,6} ?(?:m|million|mln)${R}|${en(['million', 'millions', 'deceased', 'late client', 'dormant account', 'fund of', 'huge sum'])}|${ar(['مليون', 'ملايين', 'متوفي', 'حساب خامل'])}`,
      ),
    },
    { id: 'scam-warning', signal: 'scam-warning', weight: 0, regex: re(SCAM_WARNING) },
    {
      id: 'no-fee',
      signal: 'no-fee',
      weight: -5,
      regex: re(
        `${en(['no purchase', 'no payment', 'no fee', 'no fees', 'free of charge', 'no purchase necessary', 'never ask for money', 'no charge', 'at no cost', 'ma fi rusoom', 'ma fi rsoom', 'bala rusoom', 'bdoon rusoom', 'mafi rusoom'])}|${ar(['بدون اي شراء', 'بدون شراء', 'بدون رسوم', 'بدون اي رسوم', 'مجانا بالكامل', 'لا يتطلب دفع', 'دون اي رسوم', 'لا توجد اي رسوم', 'لا توجد رسوم', 'لا يوجد رسوم', 'لا يوجد اي رسوم', 'ما في رسوم', 'مجانا'])}`,
      ),
    },
    {
      id: 'approved',
      signal: 'approved',
      weight: 2,
      regex: re(
        `${en(['your visa is approved', 'visa approved', 'visa has been approved', 'loan approved', 'loan has been approved', 'you have been approved', 'pre-approved', 'approved for a loan', 'grant approved'])}|${ar(['تمت الموافقه على', 'تمت الموافقه', 'الموافقه على فيزتك', 'الموافقه على قرضك', 'الموافقه على تاشيرتك', 'قرض فوري', 'تمويل فوري'])}`,
      ),
    },
    {
      id: 'fake-job',
      signal: 'job',
      weight: 2,
      regex: re(
        `${en(['job offer', 'hiring', 'part time job', 'part-time job', 'vacancy', 'easy job', 'work online', 'like and earn', 'rate products', 'simple tasks', 'part-time tasks', 'part time', 'recruitment agency', 'liking', 'fursat 3amal', 'forsat 3amal', 'wazife', 'mahammat', 'tawzeef', 'sharikat tawzeef'])}|${ar(['فرصه عمل', 'وظيفه', 'مطلوب موظفين', 'شغل من البيت', 'عمل اونلاين', 'مهام بسيطه', 'شركه توظيف', 'مهام', 'لايك'])}`,
      ),
    },
    { id: 'price', signal: 'money', weight: 0, regex: re(PRICE) },
  ],
  suppressedBy: ['scam-warning', 'no-fee'],
  yieldsTo: ['phishing', 'pyramid', 'gambling'],
  yieldsToDenied: ['phishing', 'pyramid', 'gambling'],
  combos: [
    { id: 'scam-warning', weight: -8, all: ['scam-warning'] },
    {
      id: 'prize+claim',
      weight: 5,
      all: ['prize'],
      any: ['claim', 'link', 'phone', 'contact', 'cta'],
      unless: ['no-fee'],
    },
    { id: 'earn+claim', weight: 4, all: ['earn'], any: ['claim', 'job', 'contact', 'link'] },
    { id: 'crypto+double', weight: 3, all: ['crypto', 'investment'] },
    { id: 'approved+fee', weight: 4, all: ['approved', 'claim'] },
    { id: 'large-sum+fee', weight: 4, all: ['large-sum', 'claim'] },
    {
      id: 'prize+noun+claim',
      weight: 2,
      all: ['prize', 'prize-noun'],
      any: ['claim', 'link', 'phone'],
      unless: ['no-fee'],
    },
    { id: 'lexicon+claim', weight: 3, all: ['lexicon'], any: ['claim', 'link', 'phone'], unless: ['no-fee'] },
    { id: 'job+fee', weight: 5, all: ['job', 'claim'] },
    { id: 'job+money', weight: 3, all: ['job', 'money'], any: ['contact', 'link', 'phone'] },
    { id: 'investment+contact', weight: 2, all: ['investment'], any: ['contact', 'link', 'phone'] },
  ],
  signalWeights: { shortener: 1, 'raw-ip': 2, 'lookalike-domain': 2 },
};
