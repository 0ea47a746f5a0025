import { describe, expect, it } from 'vitest';
import { advOptOutNotice, findOptOutNotices } from '../../src/jordan/adv-opt-out-notice.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/adv-opt-out-notice';

// [name, text, the substring the first notice span must slice, or null when there is no notice]
const cases: Array<[name: string, text: string, notice: string | null]> = [
  ['English reply STOP', 'Winter sale 20% off. Reply STOP to opt out', 'Reply STOP'],
  ['English unsubscribe phrase', 'New arrivals! To unsubscribe send STOP to 94444', 'To unsubscribe'],
  ['English text STOP', 'Big deals today. Text STOP to 94444', 'Text STOP'],
  ['English keyword to short code', 'Big deals today. STOP@94444', 'STOP@94444'],
  ['English the word', 'Offers inside. Send the word "STOP" to end', 'Send the word "STOP"'],
  ['Arabic unsubscribe', 'خصم 20% على كل المعاطف. لإلغاء الاشتراك أرسل STOP إلى 94444', 'لإلغاء الاشتراك'],
  ['Arabic لل form', 'عروض الشتاء بدأت! للإلغاء أرسل 0 إلى 94444', 'للإلغاء'],
  ['Arabic send word cancel', 'عروض نهاية الأسبوع. أرسل كلمة إلغاء إلى ٩٤٤٤٤', 'أرسل كلمة إلغاء'],
  ['Arabic stop messages', 'تنزيلات كبيرة. لإيقاف الرسائل اتصل بنا', 'لإيقاف الرسائل'],
  ['obfuscated: tashkeel', 'عروض! لِإِلْغَاءِ الاشْتِرَاكِ أرسل STOP', 'لِإِلْغَاءِ الاشْتِرَاكِ'],
  ['obfuscated: full-width', 'Sale now ＲＥＰＬＹ ＳＴＯＰ', 'ＲＥＰＬＹ ＳＴＯＰ'],
  ['none: English', 'Winter sale 20% off all coats', null],
  ['none: Arabic', 'خصم 20% على كل المعاطف', null],
  ['none: stop by the store', 'Stop by our store today for 20% off!', null],
  ['none: do not stop', "Don't stop shopping: deals until midnight", null],
  ['none: cancelled order wording', 'تم إلغاء الرسوم على التوصيل هذا الأسبوع', null],
];

describe('jordan/adv-opt-out-notice', () => {
  const rules = [advOptOutNotice()];

  it.each(cases)('%s', async (_name, text, notice) => {
    const found = of(await run(rules, { text }), ID);
    expect(found.map((f) => f.action)).toEqual(notice === null ? ['warn'] : []);
    const hits = findOptOutNotices(text);
    if (notice === null) expect(hits).toEqual([]);
    else expect(text.slice(hits[0]!.span[0], hits[0]!.span[1])).toBe(notice);
  });

  it('only ADV texts need a notice', async () => {
    expect(of(await run(rules, { kind: 'SRV', senderId: 'Acme', text: 'Your code is 1234' }), ID)).toEqual([]);
  });

  it('speaks Arabic', async () => {
    const found = of(await run(rules, { text: 'خصم 20%' }, { locale: 'ar' }), ID);
    expect(found[0]!.message).toContain('إلغاء الاشتراك');
  });

  it('stays cheap on a 100 KB adversarial body', () => {
    const body = 'reply reply send the word '.repeat(4_000).slice(0, 100_000);
    const started = performance.now();
    findOptOutNotices(body);
    findOptOutNotices('ل'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
