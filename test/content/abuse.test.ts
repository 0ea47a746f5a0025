import { abuse } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/abuse',
  abuse,
  [
    {
      name: 'English threat',
      text: 'I will kill you if you go to the police',
      expect: 'flagged',
      evidence: ['I will kill'],
    },
    {
      name: 'Arabic threat',
      text: 'والله لأقـــتـــلك إنت وعيالك إذا رحت عالشرطة',
      expect: 'flagged',
      evidence: ['أقـــتـــلك'],
    },
    {
      name: 'Arabic fabricated alarm',
      text: 'عاجل: مياه عمان ملوثة بالسم، لا تشربوا من الحنفية، انشروها للجميع!',
      expect: 'flagged',
      evidence: ['عاجل'],
    },
    { name: 'Arabizi threat', text: 'walla ra7 a2tlak iza shoftak', expect: 'flagged', evidence: ['a2tlak'] },
    {
      name: 'damage promised to property',
      text: "Move your van off my driveway again and I'll smash your windows",
      expect: 'flagged',
      evidence: ['smash your windows'],
    },
    {
      name: 'Levantine threat to a car',
      text: 'والله إذا بتقرب من محلي مرة ثانية بحرقلك سيارتك',
      expect: 'flagged',
      evidence: ['بحرقلك'],
    },
    {
      name: 'Arabizi sextortion with a deadline',
      text: '3indi sowarek kolhom, 7awli 200 JD la bokra wila bnazelhom 3al insta',
      expect: 'flagged',
      evidence: ['sowarek'],
    },
    {
      name: 'Arabic doxxing with a demand',
      text: 'عندي عنوانك واسمك الحقيقي، احذف المنشور اليوم ولا رح انزلهم بكل القروبات',
      expect: 'flagged',
      evidence: ['احذف المنشور'],
    },
    {
      name: 'stalking at work',
      text: "you changed your number but I found the new one. I'm outside your office every evening, you can't hide from me",
      expect: 'flagged',
      evidence: ["can't hide"],
    },
    {
      name: 'contempt aimed at a person',
      text: 'honestly nobody would miss you, you useless waste of space',
      expect: 'flagged',
      evidence: ['waste of space'],
    },
    {
      name: 'rumour vouched for by an insider',
      text: 'خبر مؤكد من مصدر موثوق: زلزال قوي الليلة بعد منتصف الليل، ارسلوها لكل اهلكم',
      expect: 'flagged',
      evidence: ['زلزال'],
    },
  ],
  [
    { name: 'figure of speech', text: "I'm going to nail the interview tomorrow, wish me luck!" },
    { name: 'Arabic weather', text: 'تحذير من الأرصاد: أمطار غزيرة الليلة، قودوا بحذر' },
    { name: 'friendly insult', text: 'you absolute legend, you left your charger at mine again 😂' },
    { name: 'sports trash talk', text: "We'll beat your team 3-0 on Saturday, bring tissues" },
    { name: 'care for the reader', text: 'Be careful driving home tonight, the roads near your house are icy' },
    { name: 'quoted news of a threat', text: "Police arrest man who threatened to burn his neighbour's house" },
    { name: 'seen by a friend', text: "I saw you at the match yesterday, you looked so happy! Let's grab coffee" },
    { name: 'garage invoice', text: 'سيارتك جاهزة بعد التصليح، تم تبديل زجاج الباب، المبلغ 45 دينار' },
    {
      name: 'photo studio',
      text: 'Your photos are ready: pay 15 JD at pickup or share the album link with your family',
    },
    { name: 'Levantine exclamation', text: 'يا خرب بيتك شو حلوة الصورة، ابعتها على القروب' },
  ],
);
