import { fraud } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/fraud',
  fraud,
  [
    {
      name: 'English prize scam with a premium number',
      text: 'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now',
      expect: 'deny',
      evidence: ['You have WON'],
    },
    {
      name: 'Arabic prize scam with a fee',
      text: 'مبروك! ربحت جائزة 5000 دينار من السحب، ادفع رسوم التحويل 20 دينار لاستلامها',
      expect: 'deny',
      evidence: ['ربحت'],
    },
    {
      name: 'Arabizi prize scam',
      text: 'mabrook! ra2mak ribe7 10000 dinar, 7awwel 50 dinar ba6a2at sha7n 3ala 0791234567',
      expect: 'flagged',
      evidence: ['ribe7'],
    },
    {
      name: 'fake investment return',
      text: 'Invest 1000 JD in our forex wallet and get guaranteed profit of 30% monthly, WhatsApp us',
      expect: 'flagged',
      evidence: ['guaranteed profit'],
    },
    {
      name: 'obfuscated prize',
      text: 'Y.o.u h.a.v.e w.o.n 5000 JD! cl@im at bit.ly/jo-prize',
      expect: 'flagged',
      evidence: ['h.a.v.e w.o.n'],
    },
    {
      name: 'task scam: paid reviews, top up before withdrawing',
      text: 'Earn 40 AED for every 10 product reviews you post. Before you can withdraw, top up your account with 100 AED. Message our mentor on wa.me/971500000000',
      expect: 'flagged',
      evidence: ['product reviews'],
    },
    {
      name: 'task scam: paid likes over Telegram',
      text: 'Like YouTube videos from your phone and get 3 JD for each one. Contact us on Telegram t.me/likejobs',
      expect: 'flagged',
      evidence: ['YouTube videos'],
    },
    {
      name: 'Arabic stock analyst and a WhatsApp group',
      text: 'ابو سالم محلل اسهم معروف، اعضاء مجموعتنا ربحوا 40% هالشهر. انضم لمجموعتنا على الواتساب chat.whatsapp.com/AbCdEf',
      expect: 'flagged',
      evidence: ['محلل اسهم'],
    },
    {
      name: 'wrong-number opener turning to crypto',
      text: 'Oops wrong number! I am Chloe, I do crypto trading with my aunt, you should try it',
      expect: 'flagged',
      evidence: ['crypto trading'],
    },
    {
      name: 'Arabizi relative stranded at the airport',
      text: 'yumma ana 3al2an bel matar w sara2oli el jizdani, 7awelili 150 JD 3ala CliQ bsor3a',
      expect: 'flagged',
      evidence: ['3al2an'],
    },
    {
      name: '"digital arrest": a case in your name and an order of silence',
      text: 'Cyber cell notice: a money laundering case is registered in your name. Do not tell anyone, stay on the call and dial 0791112233 now',
      expect: 'flagged',
      evidence: ['Do not tell anyone'],
    },
    {
      name: 'work abroad with a visa fee',
      text: 'Urgent requirement for Qatar: housemaids and drivers, salary 1800 QAR. Visa fee 300 JD to be transferred before travel. WhatsApp 0799998877',
      expect: 'flagged',
      evidence: ['Visa fee'],
    },
    {
      name: 'Hinglish accident story with Google Pay',
      text: 'Beta, papa ka accident ho gaya, hospital me hai. Turant Rs 20,000 Google Pay karo is number pe',
      expect: 'flagged',
      evidence: ['Google Pay'],
    },
    {
      name: 'chalet deposit before others take it',
      text: 'شاليه للايجار بالبحر الميت نهاية الأسبوع، ادفع العربون 100 دينار على كليك لتثبيت الحجز، في ناس غيرك بدهم ياه',
      expect: 'flagged',
      evidence: ['ناس غيرك'],
    },
    {
      name: 'disaster appeal paid in USDT',
      text: 'Help the earthquake survivors in Syria: send your donation in USDT to the wallet address TXa91kq, every dollar counts',
      expect: 'flagged',
      evidence: ['USDT'],
    },
    {
      name: '"hi mum" on a new number, write back on WhatsApp',
      text: 'Hi mum, this is my new number, my old phone is dead. Text me back on WhatsApp when you get this',
      expect: 'flagged',
      evidence: ['new number'],
    },
  ],
  [
    {
      name: 'scam warning',
      text: 'Public Security warns: fake messages claim you won a prize. Never send money or card numbers.',
    },
    {
      name: 'contest without fees',
      text: 'الفائزون بمسابقة أجمل صورة يحصلون على قسيمة عشاء مجانية، بدون أي شراء أو رسوم',
    },
    { name: 'chat with "you won\'t"', text: "Lol you won't believe what happened at work today" },
    {
      name: 'a dividend credited, with a risk disclosure',
      text: 'Your monthly dividend of 120 JD has been credited to your account. Investments carry risk; past performance is no guide.',
    },
    {
      name: 'a recruiter whose employer pays the visa',
      text: 'We are recruiting drivers in Dubai. Visa, ticket and accommodation are paid by the employer: no recruitment fees. Send your CV to careers@fleet.ae',
    },
    {
      name: 'a resort reminding of a chalet deposit, paid at reception',
      text: 'Reminder: the deposit for your chalet booking at the Dead Sea Resort is due Thursday. Pay at reception or in the official app.',
    },
    {
      name: 'a child back on the old phone',
      text: 'Mum my phone is fine now, ignore the other number. See you at dinner',
    },
    {
      name: 'an analyst briefing, free to attend',
      text: 'Our analyst briefing on regional stocks is on Sunday at 6 pm in the Chamber of Commerce hall. Registration free.',
    },
    {
      name: 'a regulator reminding that investing carries risk',
      text: 'هيئة الأوراق المالية: الاستثمار ينطوي على مخاطر، تأكد من ترخيص أي منصة قبل التحويل إليها',
    },
    {
      name: 'a police warning that describes the "digital arrest" script',
      text: 'Police warn: fraudsters call claiming a money laundering case in your name and say do not tell anyone. Hang up and call 911.',
    },
  ],
);
