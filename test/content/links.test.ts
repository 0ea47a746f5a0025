/** URL extraction, confusable folding and link flags. */
import { describe, expect, it } from 'vitest';
import { compileBrands, linkFlags } from '../../src/content/_links.js';
import { DEFAULT_BRANDS } from '../../src/content/data/brands.js';
import { foldConfusables } from '../../src/text/confusables.js';
import { extractUrls } from '../../src/text/urls.js';

describe('extractUrls', () => {
  it.each([
    ['Verify now: bit.ly/3xYz.', ['bit.ly/3xYz']],
    ['go https://arabbank-jo.com/login now', ['https://arabbank-jo.com/login']],
    ['www.zain.com/offers', ['www.zain.com/offers']],
    ['open http://192.168.1.4/x', ['http://192.168.1.4/x']],
    ['visit sanad.gov.jo today', ['sanad.gov.jo']],
    ['رابط التحديث:arabbank-update.xyz', []],
    ['see you at 5.30 ok, price 1.500 JD, e.g. this', []],
  ])('%s', (text, urls) => {
    const found = extractUrls(text);
    expect(found.map((u) => u.url)).toEqual(urls);
    for (const u of found) expect(text.slice(u.span[0], u.span[1])).toBe(u.url);
  });
});

describe('foldConfusables', () => {
  it.each([
    ['v1agra', 'viagra'],
    ['c0c@1n3', 'cocaine'],
    ['$ex', 'sex'],
    ['сasino', 'casino'],
    ['100mg', '100mg'],
    ['50jd', '50jd'],
    ['free!', 'free!'],
    ['7abibi', 'tabibi'], // why Arabizi is matched on the unfolded view
  ])('%s → %s (same length)', (input, output) => {
    const folded = foldConfusables(input);
    expect(folded).toBe(output);
    expect(folded.length).toBe(input.length);
  });
});

describe('linkFlags', () => {
  const brands = compileBrands(DEFAULT_BRANDS);
  const flags = (url: string) => {
    const [found] = extractUrls(url);
    return linkFlags(found!, brands).flags;
  };
  it.each([
    ['bit.ly/abc', 'shortener'],
    ['http://10.0.0.5/login', 'raw-ip'],
    ['https://xn--rbbank-9ua.com', 'punycode'],
    ['arabbank-jo.com/verify', 'lookalike-domain'],
    ['https://zain-gift.xyz', 'lookalike-domain'],
    ['paypa1.com/signin', 'lookalike-domain'],
    ['https://umniah-bonus.top', 'lookalike-domain'],
    ['https://sanad-jo.info/login', 'lookalike-domain'],
    ['my-shop.ngrok-free.app', 'free-host'],
    ['https://www.arabbank.jo/en', 'official-domain'],
    ['sanad.gov.jo', 'official-domain'],
  ])('%s is %s', (url, flag) => {
    expect(flags(url)).toContain(flag);
  });

  it('an unrelated domain carries no flag', () => {
    expect(flags('https://example-bakery.com/menu')).toEqual([]);
  });
});
