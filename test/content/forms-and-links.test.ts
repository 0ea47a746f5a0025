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
