import { gambling } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/gambling',
  gambling,
  [
    {
      name: 'English casino bonus',
      text: 'Online casino: 200% welcome bonus on your first deposit and 50 free spins! Play now',
      expect: 'flagged',
      evidence: ['casino'],
    },
    {
      name: 'Arabic betting',
      text: 'مراهنات على مباريات اليوم، بونص 100% على أول إيداع',
      expect: 'flagged',
      evidence: ['مراهنات'],
    },
    {
      name: 'obfuscated',
      text: 'c@sino 0nline, first deposit bonus x2, free spins',
      expect: 'flagged',
      evidence: ['c@sino'],
    },
    {
      name: 'Egyptian fixed match for money',
      text: 'ماتش الليلة مرتب 100% 🔒 الأودز 9، ابعت 300 جنيه وتوصلك النتيجة قبل البداية',
      expect: 'flagged',
      evidence: ['مرتب'],
    },
    {
      name: 'paid picks',
      text: "VIP betting picks for tonight's NBA games, parlay at odds 7.5, only $25 via CashApp",
      expect: 'flagged',
      evidence: ['parlay'],
    },
    {
      name: 'Arabizi crash game',
      text: 'la3bet el tayyara: sajjel w edfa3 20 AED, eksab x20 abl ma ti6eer',
      expect: 'flagged',
      evidence: ['la3bet el tayyara'],
    },
    {
      name: 'Arabic lottery tickets for sale',
      text: 'تذاكر اليانصيب الأسبوعي بـ 5 دنانير، الجائزة الكبرى مليون، احجز تذكرتك الآن',
      expect: 'flagged',
      evidence: ['اليانصيب'],
    },
    {
      name: 'English lottery tickets for sale',
      text: "Buy 10 lottery tickets for 20 USD and triple your odds for Saturday's mega draw",
      expect: 'flagged',
      evidence: ['lottery tickets'],
    },
    {
      name: 'Arabizi betting with a free bet',
      text: 'mrahanat 3al derby el lela, ed5al b 10 JD w 5od 30 JD free bet',
      expect: 'deny',
      evidence: ['mrahanat'],
    },
  ],
  [
    { name: 'football score', text: 'Real Madrid won 3-1 last night, what a match!' },
    { name: 'Arabic sports news', text: 'فاز الفيصلي على الوحدات بهدفين مقابل هدف' },
    {
      name: 'school charity raffle',
      text: 'School charity raffle: tickets 2 JD each, all proceeds go to the library fund',
    },
    {
      name: 'match tickets on sale',
      text: "Match tickets for Saturday's derby are on sale, 10 JD at the stadium gate",
    },
    {
      name: 'free prediction contest',
      text: 'توقع نتيجة المباراة مجاناً على تطبيق القناة وادخل السحب على قميص النادي',
    },
    { name: 'a plane and a debt', text: 'The plane landed at 6, meet me at arrivals, I owe you 20 JD for the taxi' },
  ],
);
