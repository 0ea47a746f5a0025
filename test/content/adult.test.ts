import { adult } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/adult',
  adult,
  [
    {
      name: 'English',
      text: 'Hot porn videos 18+ uncensored, join now: bit.ly/x-hot',
      expect: 'flagged',
      evidence: ['porn'],
    },
    { name: 'Arabic', text: 'افلام سكس بدون رقابة، اشترك الآن عبر الرابط', expect: 'flagged', evidence: ['سكس'] },
    { name: 'obfuscated', text: 'p0rn0 videos 18+ free, click bit.ly/hot', expect: 'flagged', evidence: ['p0rn0'] },
    {
      name: 'escort in English',
      text: 'Young ladies available for hotel visits tonight, outcall only, WhatsApp +971500000000',
      expect: 'flagged',
      evidence: ['hotel visits'],
    },
    {
      name: 'Gulf escort',
      text: 'مطلقات ومتزوجات للقاءات سرية بدون زواج، راسلنا واتساب',
      expect: 'flagged',
      evidence: ['للقاءات سرية'],
    },
    {
      name: 'Arabizi calls',
      text: 'mkalmat ma3 bnat jar2at, el d2ee2a b dinar',
      expect: 'flagged',
      evidence: ['jar2at'],
    },
  ],
  [
    {
      name: 'breast cancer awareness',
      text: 'October is breast cancer awareness month: book your free mammogram screening',
    },
    { name: 'Arabic chat', text: 'حبيبتي وصلت البيت، بحبك كثير xx' },
    { name: 'English kisses', text: 'Love you, see you tomorrow xxx' },
    { name: 'lingerie shop', text: 'New lingerie and bridal collection for ladies, 20% off this week' },
    { name: 'girls school', text: 'مدرسة البنات: اجتماع أولياء الأمور يوم الخميس الساعة 10' },
    { name: 'travel package', text: 'عمرة 7 ليالي شامل الطيران والفندق بـ 520 دينار، الحجز المبكر' },
  ],
);
