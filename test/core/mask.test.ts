import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt, maskEmailsIn, maskNumbersIn, maskPhone, PolicyInputError, safeErrorText } from '../../src/index.js';

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

/** Digits of any script, separators between them ignored: what a reader could still piece together. */
function longestDigitRun(text: string): number {
  let best = 0;
  let run = 0;
  for (const ch of text) {
    if (/\p{Nd}/u.test(ch)) best = Math.max(best, ++run);
    else if (!/[\s\-.()/\u200B-\u200F\u061C\u2060]/u.test(ch)) run = 0;
  }
  return best;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const inScript = (ascii: string, digits: string) => ascii.replace(/\d/g, (d) => digits[Number(d)]!);

describe('numbers in any digit system, spaced or dashed, and card numbers', () => {
  it.each([
    ['Arabic-Indic national', 'اتصل على ٠٧٩١٢٣٤٥٦٧ الآن', '07•••67'],
    ['Arabic-Indic international', 'الرقم +٩٦٢٧٩١٢٣٤٥٦٧ متاح', '+96279•••4567'],
    ['Persian', 'شماره ۰۷۹۱۲۳۴۵۶۷', '07•••67'],
    ['spaced', 'call 079 123 4567 now', '07•••67'],
    ['dashed', 'call +962-79-123-4567 now', '+96279•••4567'],
    ['bracketed', 'call (079) 123-4567', '07•••67'],
    ['spaced digits', 'call 0 7 9 1 2 3 4 5 6 7', '07•••67'],
    ['zero-width marks inside', 'call 079\u200B123\u200B4567', '07•••67'],
    ['Arabic-Indic spaced', 'رقم ٠٧٩ ١٢٣ ٤٥٦٧', '07•••67'],
    ['card', 'card 4111 1111 1111 1111 exp 12/29', '••••1111'],
    ['card dashed', 'card 5500-0000-0000-0004', '••••0004'],
    ['card Arabic-Indic', `بطاقة ${inScript('4111111111111111', ARABIC_INDIC)}`, '••••1111'],
  ])('%s', (_label, text, masked) => {
    const out = maskNumbersIn(text);
    expect(out).toContain(masked);
    expect(longestDigitRun(out)).toBeLessThan(7);
  });

  it('leaves prices, short codes and dates of six digits alone', () => {
    expect(maskNumbersIn('خصم ٢٠٪ والرمز ٤٨٢١')).toBe('خصم ٢٠٪ والرمز ٤٨٢١');
    expect(maskNumbersIn('send STOP to 94444 by 1/5/26')).toBe('send STOP to 94444 by 1/5/26');
  });

  it('maskPhone reads every digit system', () => {
    expect(maskPhone('+٩٦٢٧٩١٢٣٤٥٦٧')).toBe('+96279•••4567');
    expect(maskPhone(inScript('0791234567', PERSIAN))).toBe('07•••67');
  });

  it('no excerpt shows 7 digits of a number written in any script with any separators', () => {
    const scripts = ['0123456789', ARABIC_INDIC, PERSIAN, '０１２３４５６７８９'];
    const separators = ['', ' ', '-', '.', '\u200B', ' - '];
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{7,15}$/),
        fc.constantFrom(...scripts),
        fc.constantFrom(...separators),
        fc.string({ maxLength: 40 }).filter((s) => !/\p{Nd}/u.test(s)),
        fc.string({ maxLength: 40 }).filter((s) => !/\p{Nd}/u.test(s)),
        fc.nat(),
        (digits, script, separator, before, after, cutAt) => {
          const number = [...inScript(digits, script)].join(separator);
          const text = `${before} ${number} ${after}`;
          const at = cutAt % text.length;
          const out = excerpt(text, [at, Math.min(text.length, at + 3)], 10);
          expect(longestDigitRun(out)).toBeLessThan(7);
          expect(longestDigitRun(maskNumbersIn(text))).toBeLessThan(7);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('stays linear on long digit-and-separator input', () => {
    const hostile = '1 -'.repeat(100_000);
    const started = performance.now();
    maskNumbersIn(hostile);
    maskEmailsIn('a@'.repeat(100_000));
    safeErrorText(new Error(hostile), hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('error texts', () => {
  const body = 'Your Acme verification code is 482913. Do not share it with anyone, Jane.';

  it('mask e-mails, spaced and foreign-digit numbers, cards and pieces of the body', () => {
    const error = new Error(
      `lookup failed for jane.doe@example.com at ٠٧٩١٢٣٤٥٦٧ / 079 123 4567, card 4111-1111-1111-1111; text "${body.slice(0, 40)}"`,
    );
    const text = safeErrorText(error, body);
    expect(text).toContain('j•••@example.com');
    expect(text).not.toContain('jane.doe');
    expect(longestDigitRun(text)).toBeLessThan(7);
    expect(text).not.toContain('verification code');
    expect(text).not.toContain('482913');
    expect(text).toContain('[…]');
    expect(text.length).toBeLessThanOrEqual(201);
  });

  it('keep an error that says nothing private as it is', () => {
    expect(safeErrorText(new Error('connect ECONNREFUSED 127.0.0.1:6379'), body)).toBe(
      'connect ECONNREFUSED 127.0.0.1:6379',
    );
  });

  it('take any thrown value', () => {
    expect(safeErrorText('plain string 0791234567')).toBe('plain string 07•••67');
    expect(safeErrorText({ toString: () => 'odd' })).toBe('odd');
    expect(
      safeErrorText({
        toString() {
          throw new Error('no');
        },
      }),
    ).toBe('unprintable error');
  });
});

describe('bad input to the masking helpers is a PolicyInputError, not a TypeError', () => {
  it.each([
    ['maskPhone', () => maskPhone(undefined as never)],
    ['maskNumbersIn', () => maskNumbersIn(42 as never)],
    ['maskEmailsIn', () => maskEmailsIn(null as never)],
    ['excerpt', () => excerpt(undefined as never, [0, 1])],
    ['excerpt span', () => excerpt('text', undefined as never)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(PolicyInputError);
  });
});
