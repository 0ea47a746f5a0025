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
    {
      name: 'gifting table paying at the centre',
      text: 'Sisters, the abundance table has one seat left: gift 500 AED and receive 4000 when you reach the centre',
      expect: 'flagged',
      evidence: ['receive'],
    },
    {
      name: 'Arabic pay, bring three with digits, collect at the centre',
      text: 'ادفعي 200 دينار وجيبي ٣ صديقات، ولما توصلي للمركز بتقبضي 1600 دينار',
      expect: 'flagged',
      evidence: ['جيبي ٣'],
    },
    {
      name: 'Arabizi recruits who recruit',
      text: 'edfa3 150 JD w jeeb 2 w kol wa7ed minhom yjib 2, w btetla3 la fo2 w bto2bod 1200',
      expect: 'deny',
      evidence: ['jeeb 2'],
    },
    {
      name: 'English two under you who bring two',
      text: 'Pay 99 USD to activate, get 2 under you and each of them brings 2 more, earn on every level',
      expect: 'deny',
      evidence: ['2 under you'],
    },
  ],
  [
    { name: 'team invitation', text: 'Team lunch on Thursday, invite the 3 new people from marketing' },
    { name: 'Arabic referral by a real shop', text: 'ادعُ صديقك للتطبيق واحصل على توصيل مجاني لطلبك القادم' },
    { name: 'rotating savings club (Arabizi)', text: 'Jam3iyye hal shahr: kol wa7de 100 JD w el dor 3ala Rana' },
    { name: 'rotating savings club (Arabic)', text: 'جمعية الشهر: كل وحدة بتحط 100 دينار وهالشهر دورك تقبضي' },
    { name: 'gym referral', text: 'Invite 2 friends to our gym and you both get a free month' },
    { name: 'table booking', text: 'Book a table for 4 people this Friday, 20 JD per person set menu' },
  ],
);
