import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, maskNumbersIn, maskPhone } from '../../src/index.js';

describe('maskPhone', () => {
  it.each([
    ['+962791234567', '+96279•••4567'],
    ['962791234567', '96279•••4567'],
    ['+14155550123', '+14155•••0123'],
    ['0791234', '07•••34'],
    ['12345', '•••'],
  ])('%s → %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('never returns 7 consecutive digits of its input', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?\d{7,15}$/), (phone) => {
        expect(maskPhone(phone)).not.toMatch(/\d{7}/);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('excerpt', () => {
  const text = 'Dear customer, your account is suspended. Send your PIN to 0791234567 to restore it today please.';

  it('shows the span with some context and ellipses where cut', () => {
    const start = text.indexOf('PIN');
    const out = excerpt(text, [start, start + 3]);
    expect(out).toContain('PIN');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThan(3 + 2 * 24 + 3);
  });

  it('masks phone numbers inside the excerpt', () => {
    const start = text.indexOf('079');
    expect(excerpt(text, [start, start + 10])).not.toContain('0791234567');
  });

  it('is short whatever the span and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.nat(), fc.nat(), (s, a, b) => {
        const out = excerpt(s, [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)]);
        expect(out.length).toBeLessThanOrEqual(24 * 2 + 60 + 2 + 20);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('maskNumbersIn leaves short numbers (prices, codes) alone', () => {
    expect(maskNumbersIn('20% off, code 4821, call 0791234567')).toBe('20% off, code 4821, call 07•••67');
  });
});

describe('excerpt at a number boundary', () => {
  it('widens to the whole number so a cut number is still masked', () => {
    const text = `${'x'.repeat(40)} Send your OTP to 0791234567 now`;
    for (let start = 0; start < text.length - 3; start++) {
      const out = excerpt(text, [start, start + 3], 10);
      expect(out, `span at ${start}`).not.toMatch(/\d{5}/);
    }
  });
});
