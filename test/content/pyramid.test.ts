import { pyramid } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/pyramid',
  pyramid,
  [
    {
      name: 'English recruit N',
      text: 'Join my team! Recruit 3 people and earn 500$ a week, pay only 50 JD starter kit',
      expect: 'flagged',
      evidence: ['Recruit 3 people'],
    },
    {
      name: 'Arabic',
      text: 'انضم لفريقنا: اجلب 5 أشخاص واربح عمولة عن كل شخص يسجل تحتك',
      expect: 'flagged',
      evidence: ['اجلب 5 أشخاص'],
    },
    {
      name: 'obfuscated',
      text: 'R3cruit 3 p30ple and get a bonus for each member in your downline',
      expect: 'flagged',
      evidence: ['R3cruit', 'downline'],
    },
  ],
  [
    { name: 'team invitation', text: 'Team lunch on Thursday, invite the 3 new people from marketing' },
    { name: 'Arabic referral by a real shop', text: 'ادعُ صديقك للتطبيق واحصل على توصيل مجاني لطلبك القادم' },
  ],
);
