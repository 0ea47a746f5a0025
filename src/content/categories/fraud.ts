/** `fraud` (policy P9f): prize and lottery scams, advance-fee, fake jobs, fake investment returns. */
import type { CategorySpec } from '../_types.js';
import { ar, en, gap, PRICE, re } from '../_patterns.js';

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
        `${en(['you have won', "you've won", 'you won', 'you have been selected', 'you are selected', "you've been selected", 'you have been chosen', 'you are the winner', 'is the winner', 'selected to receive', 'guaranteed prize', 'won a', 'winner of', 'lucky winner', 'lucky draw', 'prize draw', 'awarded'])}|${ar(['ربحت', 'فزت', 'ربحتم', 'فزتم', 'ربح رقمك', 'فاز رقمك', 'تم اختيارك', 'تم اختيار رقمك', 'الفايز', 'فايز', 'حصلت على جايزه', 'كسبت', 'الرابح', 'ربحك'])}`,
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
        `${en(['claim', 'collect', 'redeem', 'to receive your', 'processing fee', 'delivery fee', 'transfer fee', 'release fee', 'clearance fee', 'registration fee', 'pay the fee', 'small fee', 'customs fee'])}|${ar(['لاستلام', 'استلام', 'للمطالبه', 'المطالبه', 'لتحصيل', 'رسوم', 'الرسوم', 'حول مبلغ', 'تحويل مبلغ', 'ادفع', 'دفع'])}`,
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
      id: 'fake-job',
      signal: 'job',
      weight: 2,
      regex: re(
        `${en(['job offer', 'hiring', 'part time job', 'part-time job', 'vacancy', 'easy job', 'work online', 'like and earn', 'rate products', 'simple tasks'])}|${ar(['فرصه عمل', 'وظيفه', 'مطلوب موظفين', 'شغل من البيت', 'عمل اونلاين', 'مهام بسيطه'])}`,
      ),
    },
    { id: 'price', signal: 'money', weight: 0, regex: re(PRICE) },
  ],
  combos: [
    { id: 'prize+claim', weight: 5, all: ['prize'], any: ['claim', 'link', 'phone', 'contact'] },
    { id: 'prize+noun+claim', weight: 2, all: ['prize', 'prize-noun'], any: ['claim', 'link', 'phone'] },
    { id: 'lexicon+claim', weight: 3, all: ['lexicon'], any: ['claim', 'link', 'phone'], min: 1 },
    { id: 'job+fee', weight: 5, all: ['job', 'claim'] },
    { id: 'job+money', weight: 3, all: ['job', 'money'], any: ['contact', 'link', 'phone'] },
    { id: 'investment+contact', weight: 2, all: ['investment'], any: ['contact', 'link', 'phone'] },
  ],
  linkWeights: { shortener: 1, 'raw-ip': 2, 'lookalike-domain': 2 },
};
