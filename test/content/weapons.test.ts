import { weapons } from '../../src/index.js';
import { ruleCases } from './_rule-cases.js';

ruleCases(
  'content/weapons',
  weapons,
  [
    {
      name: 'English',
      text: 'Glock pistol and ammo for sale, unregistered, 900 JD',
      expect: 'deny',
      evidence: ['unregistered'],
    },
    { name: 'Arabic', text: 'مسدسات وكلاشنكوف للبيع بدون ترخيص، تواصل خاص', expect: 'deny', evidence: ['بدون ترخيص'] },
    {
      name: 'obfuscated',
      text: 'Gl0ck p1stol 4 sale, n0 license, 850 JD',
      expect: 'flagged',
      evidence: ['n0 license'],
    },
    {
      name: 'English slang beside calibres, no paperwork',
      text: 'Heat for sale, 9s and a couple of ARs, no paperwork, meet only',
      expect: 'flagged',
      evidence: ['no paperwork'],
    },
    {
      name: 'Levantine Arabizi: msaddasat and fshak',
      text: 'sar 3anna msaddasat w fshak, el tasleem 3al khas, 0791234567',
      expect: 'deny',
      evidence: ['msaddasat'],
    },
    {
      name: 'Iraqi: Glock and magazines without a licence',
      text: 'كلوك نمساوي مع مشاجير، السعر على الخاص، بلا رخصة',
      expect: 'deny',
      evidence: ['كلوك'],
    },
    {
      name: 'ghost-gun parts',
      text: 'AR lowers with auto sear, no serial, ships in plain box, order on Telegram',
      expect: 'deny',
      evidence: ['auto sear'],
    },
    {
      name: 'no background check',
      text: 'Selling a Glock, no background check, cash',
      expect: 'deny',
      evidence: ['no background check'],
    },
  ],
  [
    { name: 'water gun', text: 'Water gun sale for the kids this summer, 3 JD only' },
    { name: 'museum', text: 'معرض أسلحة الثورة العربية الكبرى في المتحف، مفتوح يومياً' },
    {
      name: 'hunting club with licences',
      text: 'Al Safa Hunting Club: season opens Friday. Hunting licence holders can book the range, ammunition sold on site only',
    },
    {
      name: 'shooting range',
      text: 'Shooting range: bring your firearms licence, rental pistols available at the counter, 25 JD per session',
    },
    {
      name: 'licensed shop pickup',
      text: 'Summit Outdoors: background check done, your rifle is ready to collect with valid ID',
    },
    { name: 'per-person price («فرد» a person)', text: 'بيت الزكاة: زكاة الفطر ٢ دينار عن كل فرد، ادفعها عبر التطبيق' },
    { name: 'Arabizi «don’t be late» (not ذخيرة)', text: 'bukra el 3azeeme 3and sitti sa3a 2, la tit2a5ar' },
    { name: 'airsoft toy', text: 'Airsoft gel blaster for kids, sale 15 JD, delivery to all Amman' },
    {
      name: 'video-game skins',
      text: 'Black Friday on PUBG skins and Call of Duty bundles: rifles and pistols skins 50% off',
    },
    {
      name: 'golf irons and rounds',
      text: 'Golf pro shop: new irons and 4 rounds at the club for 300 AED, book on WhatsApp',
    },
  ],
);
