/** The Aho-Corasick matcher agrees with a naive search on arbitrary input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/content/_matcher.js';

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
      found.push(`${index}:${at}:${at + pattern.length}`);
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns (he/she/his/hers)', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers']);
    const hits = ac.findAll('ushers').map((h) => `${h.pattern}:${h.start}:${h.end}`);
    expect(hits.sort()).toEqual(['0:2:4', '1:1:4', '3:2:6']);
  });

  it('matches Arabic and mixed patterns', () => {
    const ac = new AhoCorasick(['كوكايين', 'رمز otp']);
    expect(ac.findAll('ارسل رمز otp والكوكايين').map((h) => h.pattern)).toEqual([1, 0]);
  });

  it('agrees with a naive search on random input', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ب', ' '), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(small, { maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ب', ' '), maxLength: 80 }),
        (patterns, text) => {
          const ac = new AhoCorasick(patterns);
          const got = ac
            .findAll(text)
            .map((h) => `${h.pattern}:${h.start}:${h.end}`)
            .sort();
          expect(got).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
