/**
 * Arabic verb forms, negation particles and links as scams write them: each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { classifyContent } from '../../src/index.js';

function category(text: string, name: string) {
  return classifyContent(text).categories.find((c) => c.category === name);
}

describe('Arabic forms', () => {
  it('a form VII verb is matched in its imperfect («تنقفل», it will be locked), not only as «انقفل»', () => {
    const found = category('محفظتك رح تنقفل اليوم، فوت عالرابط وحدث بياناتك', 'phishing');
    expect(found?.action).toBeDefined();
    expect(found!.hits.some((h) => h.ruleId === 'frame:account-threat')).toBe(true);
  });

  it('«غير» negates as a word only: «تغيير» (change) and «غيرتها» (you changed it) negate nothing', () => {
    const text = 'تم تغيير كلمة السر لحسابك. اذا مش انت اللي غيرتها ادخل فورا وحدث بياناتك: cib-eg-secure.top';
    const found = category(text, 'phishing');
    expect(found?.action).toBe('deny');
    // «لا غير» is still a negation where it stands alone: «الخدمة غير موقوفة» reports no threat.
    expect(category('حسابك غير موقوف ولا يحتاج اي تحديث', 'phishing')).toBeUndefined();
  });
});

describe('links', () => {
  it('a bare defanged domain is a link, and a defanged one', () => {
    const text = 'بطاقتك موقوفة، فعّلها عبر card-jo[.]top';
    const found = category(text, 'phishing');
    expect(found?.action).toBe('deny');
    expect(found!.hits.some((h) => text.slice(h.span[0], h.span[1]) === 'card-jo[.]top')).toBe(true);
  });

  it("a brand's own name under a country code is its own site, under a generic-use one a look-alike", () => {
    expect(category('Amazon: your order has shipped. Track it at amazon.de/orders', 'phishing')).toBeUndefined();
    expect(category('Amazon: your order has shipped. Track it at amazon.co.uk/orders', 'phishing')).toBeUndefined();
    const lookalike = category('Amazon: your order has shipped. Track it at amazon.co/orders', 'phishing');
    expect(lookalike?.hits.some((h) => h.ruleId === 'term:link-lookalike')).toBe(true);
  });
});

describe('brands impersonated outside the region', () => {
  it.each([
    ['Spotify', 'Spotify: your subscription could not be renewed. Update billing at spotify-billing-help.com'],
    ['USPS', 'USPS: your package is on hold, settle the redelivery charge at usps-redeliver.com/pkg'],
    ['Vodafone', 'Vodafone: your SIM will stop working tonight. Order a free replacement at vodafone-sim-swap.com'],
    ['HMRC', 'HMRC: you are owed a tax rebate of £212. Claim it at hmrc-rebate-claims.com'],
  ])('a host that borrows %s is a look-alike link', (_brand, text) => {
    const hits = category(text, 'phishing')?.hits.map((h) => h.ruleId) ?? [];
    expect(hits).toContain('term:link-lookalike');
  });

  it.each([
    'Spotify: your Premium plan renews on 3 Jan. Manage it at spotify.com/account',
    'Vodafone: your bill of 18.40 is ready, view it at vodafone.co.uk/mybill',
  ])("the brand's own domain is not: %s", (text) => {
    const hits = classifyContent(text).categories.flatMap((c) => c.hits.map((h) => h.ruleId));
    expect(hits).not.toContain('term:link-lookalike');
  });
});

describe('a break inside an Arabic word', () => {
  it('a dot between Arabic letters is read through («ادي.رال», with or without tatweel)', () => {
    expect(category('بيع ادي.رال بدون وصفة، توصيل سري', 'prescription')).toBeDefined();
    expect(category('بيع اديـ.ـرال بدون وصفة، توصيل سري', 'prescription')).toBeDefined();
  });

  it('a full stop between two sentences with no space stays a full stop', () => {
    expect(classifyContent('مرحبا.كيفك؟ شو الاخبار، بدنا نطلع بكرا').categories).toEqual([]);
  });
});

describe('emoji on a menu', () => {
  it.each([
    ['a drug menu in emoji, side by side', 'Menu 🍃❄️💊🍄 DM for prices', 'drugs'],
    ['a drug menu with prices between', 'المنيو اليوم: 🍃 ٢٥٠ | ❄️ ١٢٠٠ | 💊 ٤٠. التوصيل ساعة، راسلني واتس', 'drugs'],
    ['a gun and a bomb emoji offered', '🔫 + 💣 متوفر، للجادين فقط، التواصل بالسيغنال', 'weapons'],
    ['an emoji inside a word is a break («قنـ💣ـابل»)', 'قنـ💣ـابل يدوية للبيع، السعر بالخاص', 'weapons'],
  ])('%s', (_label, text, name) => {
    expect(category(text, name)).toBeDefined();
  });

  it.each([
    'Winter sale ❄️❄️ all jackets 50% off, free delivery, eco cotton 🌿',
    'Diamond week 💎💎 rings from 200 JD, visit our store',
    '🌿 Fresh herbs and ❄️ frozen veg at Green Basket, delivery today',
    'Summer fun! 🔫 water guns 2 for 5 JD at Toy Land',
    'wallah la a2tlak 🔫😂 iza ma ejit 3al match',
  ])('one kind of emoji, or emoji apart, is no menu: %s', (text) => {
    const names = classifyContent(text).categories.map((c) => c.category);
    expect(names).not.toContain('drugs');
    expect(names).not.toContain('weapons');
  });
});
