/**
 * Keyword negation: a negated opt-out verb is not a request ("Please don't stop the offers",
 * «ما بدي ألغي، بدي أغير الموعد», `mesh 3ayez awa2af`), in English, Arabic and Arabizi; a negated SEND verb or
 * noun is the opt-out itself ("don't send me messages", «لا ترسلوا لي») and stays one, as does a question
 * ("why don't you stop sending me messages").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConsentLedger } from '../../src/consent/ledger.js';
import { detectKeyword } from '../../src/consent/keywords.js';
import { MemoryConsentStore } from '../../src/consent/stores/memory.js';

const NOT_OPT_OUT: Array<[language: string, text: string]> = [
  ['en', "Please don't stop the offers"],
  ['en', "don't stop"],
  ['en', "I don't want to unsubscribe"],
  ['en', 'Do not unsubscribe me, I love these deals'],
  ['en', "I don't want to cancel, just change my number"],
  ['en', "Don't cancel my subscription please"],
  ['en', 'I do not want to opt out'],
  ['en', 'never unsubscribe me, these are great'],
  ['en', 'dont stop sending me the deals!'],
  ['ar', 'ما بدي ألغي، بدي أغير الموعد'],
  ['ar', 'ما بدي الغي الاشتراك'],
  ['ar', 'لا توقفوا العروض'],
  ['ar', 'مش عايز الغي الاشتراك'],
  ['ar', 'لا تلغوا اشتراكي'],
  ['ar', 'لن ألغي الاشتراك'],
  ['ar', 'مابدي اوقف الرسائل'],
  ['arabizi', 'mesh 3ayez awa2af'],
  ['arabizi', 'ma badi alghi el ishtirak'],
  ['arabizi', 'mish 3ayez alghi'],
  ['arabizi', 'la twa2fo el 3orood'],
  ['arabizi', 'ma bade wa2ef el rasayel, bas ghayyer el maw3ed'],
  ['arabizi', 'msh 3awz alghi el eshterak'],
];

const OPT_OUT: Array<[language: string, text: string, keyword: string]> = [
  ['en', "don't send me messages", "don't send me"],
  ['en', "Don't text me again", "Don't text me"],
  ['en', "I don't want these messages", "don't want these messages"],
  ['en', "why don't you stop sending me messages", 'stop sending'],
  ['en', "Stop. Don't send me anything else", 'Stop'],
  ['en', 'I do not want to receive your offers', 'do not want to receive your offers'],
  ['en', "I don't want to receive messages, stop", ''],
  ['en', "Don't worry. STOP", 'STOP'],
  ['ar', 'لا ترسلوا لي', 'لا ترسلوا'],
  ['ar', 'لا ترسلوا لي رسائل', ''],
  ['ar', 'ما بدي رسائل', 'ما بدي'],
  ['ar', 'ما بدي، الغوا اشتراكي', ''],
  ['ar', 'لا، الغاء', 'الغاء'],
  ['ar', 'ليش ما بتوقفوا الرسائل؟ الغاء', ''],
  ['arabizi', 'mesh 3ayez rasayel', 'mesh 3ayez'],
  ['arabizi', 'ma badi rasayel', ''],
  ['arabizi', 'ma tba3atoli', ''],
  ['arabizi', 'la tba3atoli rasayel', ''],
  ['arabizi', 'wa2ef', 'wa2ef'],
];

describe('keyword negation', () => {
  it.each(NOT_OPT_OUT)('%s: %s is not an opt-out', (_language, text) => {
    expect(detectKeyword(text).intent).not.toBe('opt-out');
  });

  it.each(OPT_OUT)('%s: %s stays an opt-out', (language, text, keyword) => {
    const match = detectKeyword(text);
    expect(match.intent).toBe('opt-out');
    expect(match.language).toBe(language);
    // The span slices the original text; where given, the words it covers.
    const [start, end] = match.span!;
    expect(end).toBeGreaterThan(start);
    if (keyword) expect(text.slice(start, end)).toBe(keyword);
  });

  it('a negated cancel never records a grant either (the object of the negated verb is no opt-in)', () => {
    for (const text of [
      'ما بدي الغي الاشتراك',
      'ma badi alghi el ishtirak',
      "I don't want to cancel my subscription",
    ]) {
      expect(detectKeyword(text).intent).toBeNull();
    }
  });

  it('handleInbound records nothing for a negated opt-out, and a revoke for a negative-form one', async () => {
    const store = new MemoryConsentStore();
    const ledger = createConsentLedger({ store });
    const from = '+962791234567';
    expect(await ledger.handleInbound({ from, to: '94444', text: "Please don't stop the offers" })).toEqual({
      intent: null,
    });
    expect(store.size).toBe(0);
    const revoke = await ledger.handleInbound({ from, to: '94444', text: 'لا ترسلوا لي رسائل' });
    expect(revoke.intent).toBe('opt-out');
    expect(store.size).toBe(1);
  });

  it('stays linear and never throws with negators and bridges repeated', () => {
    const hostile = "don't want to ".repeat(2_000) + 'stop';
    const started = performance.now();
    expect(detectKeyword(hostile).intent).not.toBe('opt-out');
    expect(performance.now() - started).toBeLessThan(1_000);
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'ما',
            'بدي',
            'لا',
            "don't",
            'want',
            'to',
            'stop',
            'الغي',
            'mesh',
            '3ayez',
            'wa2ef',
            'ليش',
            ',',
          ),
          {
            maxLength: 12,
          },
        ),
        (words) => {
          const match = detectKeyword(words.join(' '));
          if (match.span) expect(match.span[0]).toBeLessThanOrEqual(match.span[1]);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
