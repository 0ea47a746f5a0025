import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/cli/formats/html/format.js';

describe('HTML report percentages', () => {
  it.each([
    [6, 20_000, '0.03%', '٠٫٠٣٪'],
    [19_994, 20_000, '99.9%', '٩٩٫٩٪'],
    [1, 3, '33.3%', '٣٣٫٣٪'],
    [0, 5, '0%', '٠٪'],
    [5, 5, '100%', '١٠٠٪'],
    [0, 0, '0%', '٠٪'],
  ])('%i of %i reads %s (never none or all when it is neither)', (part, whole, en, ar) => {
    expect(formatter('en').percent(part, whole)).toBe(en);
    // The Arabic form carries a bidi mark after the sign; compare without it.
    expect(
      formatter('ar')
        .percent(part, whole)
        .replace(/\u061c/g, ''),
    ).toBe(ar);
  });
});
