/** The channel scanner: links in every broken form, e-mails, phone numbers in any digit system, short codes, money. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractUrls, foldConfusables } from '../../src/index.js';
import { scanChannels } from '../../src/text/channels.js';
import { premiumRange } from '../../src/text/premium.js';

describe('links', () => {
  it.each([
    ['Verify now: bit.ly/3xYz.', ['bit.ly/3xYz'], ['bit.ly']],
    ['go https://arabbank-jo.com/login now', ['https://arabbank-jo.com/login'], ['arabbank-jo.com']],
    ['www.zain.com/offers', ['www.zain.com/offers'], ['www.zain.com']],
    ['open http://192.168.1.4/x', ['http://192.168.1.4/x'], ['192.168.1.4']],
    ['visit sanad.gov.jo today', ['sanad.gov.jo'], ['sanad.gov.jo']],
    ['pay at hxxp://post-jo[.]top/pay', ['hxxp://post-jo[.]top/pay'], ['post-jo.top']],
    ['login: http //secure-bank.com/login', ['http //secure-bank.com/login'], ['secure-bank.com']],
    ['http:/paypa1.com', ['http:/paypa1.com'], ['paypa1.com']],
    ['visit bit . ly/3xYz now', ['bit . ly/3xYz'], ['bit.ly']],
    ['see you at 5.30 ok, price 1.500 JD, e.g. this', [], []],
    ['Ok lar... Joking wif u oni...', [], []],
  ])('%s', (text, urls, hosts) => {
    const found = extractUrls(text);
    expect(found.map((u) => u.url)).toEqual(urls);
    expect(found.map((u) => u.host)).toEqual(hosts);
    for (const u of found) expect(text.slice(u.span[0], u.span[1])).toBe(u.url);
  });

  it('marks defanged links', () => {
    expect(scanChannels('hxxp://x-pay.top/a')[0]).toMatchObject({ kind: 'url', defanged: true, scheme: true });
    expect(scanChannels('https://x-pay.top/a')[0]).toMatchObject({ kind: 'url', defanged: false });
  });
});

describe('numbers', () => {
  it.each([
    ['call ٠٧٩١٢٣٤٥٦٧ now', 'phone', '0791234567', false],
    ['call +962 79 123 4567', 'phone', '962791234567', true],
    ['call ۰۷۹۱۲۳۴۵۶۷', 'phone', '0791234567', false],
    ['call (079) 123-4567', 'phone', '0791234567', false],
    ['txt WIN to 80082', 'shortcode', '80082', false],
  ])('%s', (text, kind, digits, international) => {
    const found = scanChannels(text).find((c) => c.kind === kind);
    expect(found).toMatchObject({ digits });
    if (kind === 'phone') expect(found?.international).toBe(international);
  });

  it('money with a sign or a percent', () => {
    expect(scanChannels('only $50 today, 20% off').map((c) => [c.kind, c.digits])).toEqual([
      ['money', '50'],
      ['money', '20'],
    ]);
  });

  it('money with the sign after the number, as Arabic and Arabizi writers put it', () => {
    expect(scanChannels('tdfa3 200$ w tjeeb 3, رسوم 50 € فقط').map((c) => [c.kind, c.digits])).toEqual([
      ['money', '200'],
      ['money', '50'],
    ]);
    // Without a sign the same number stays a short code.
    expect(scanChannels('tdfa3 200 w tjeeb').map((c) => c.kind)).toEqual(['shortcode']);
  });

  it('an e-mail address is not a link', () => {
    expect(scanChannels('write to ab@gmail.com').map((c) => c.kind)).toEqual(['email']);
  });
});

describe('premium-rate ranges', () => {
  it.each([
    ['09061701461', false, 'premium-rate'],
    ['+448712345678', true, 'revenue-share'],
    ['07092345678', false, 'personal'],
    ['090012345', false, 'premium-rate'],
    ['+96890012345', true, 'premium-rate'],
  ])('%s', (digits, international, type) => {
    expect(premiumRange(digits.replace('+', ''), international)?.type).toBe(type);
  });

  it('ordinary mobiles are not premium', () => {
    expect(premiumRange('0791234567', false)).toBeNull();
    expect(premiumRange('962791234567', true)).toBeNull();
  });
});

describe('hostile input', () => {
  it('never throws, and every channel is inside the text', () => {
    const alphabet = fc.constantFrom(...'ab.:/[]() -+0123456789٠٧@$%hxtpw'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')),
        (text) => {
          for (const c of scanChannels(text)) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(c.start).toBeLessThanOrEqual(c.end);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is linear on a long run of dotted labels', () => {
    const body = 'a.'.repeat(50_000);
    const start = performance.now();
    scanChannels(body);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('foldConfusables', () => {
  it.each([
    ['v1agra', 'viagra'],
    ['c0c@1n3', 'cocaine'],
    ['$ex', 'sex'],
    ['сasino', 'casino'],
    ['100mg', '100mg'],
    ['free!', 'free!'],
  ])('%s → %s (same length)', (input, output) => {
    expect(foldConfusables(input)).toBe(output);
  });
});
