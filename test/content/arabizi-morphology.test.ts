import { describe, expect, it } from 'vitest';
import { classifyContent, createContentClassifier } from '../../src/index.js';

const rulesOnly = createContentClassifier({ model: false });
const categoriesOf = (text: string) => rulesOnly(text).categories.map((c) => c.category);

describe('Arabizi words carry their pronoun suffixes', () => {
  it.each([
    ['7esab + kom, mawqoof + een', '7esabkom mawqoofeen, etasel 3ala 0790000000', '7esabkom'],
    ['bita2a written bita2t + kom', 'bita2tkom mawqoofeh, etasel fawran 3ala 0790000000', 'bita2tkom'],
  ])('%s: the suffixed words make the account threat', (_label, text, word) => {
    // None of the suffixed forms is in the lexicon as written.
    const phishing = rulesOnly(text).categories.find((c) => c.category === 'phishing');
    const threat = phishing?.hits.find((hit) => hit.ruleId === 'frame:account-threat');
    expect(threat && text.slice(threat.span[0], threat.span[1])).toContain(word);
  });

  it.each(['7esabkom mawqoofeen, etasel 3ala 0790000000', 'بطاقتك موقوفة، اتصل فوراً على 0790000000 وأعطنا الرمز'])(
    'shows a suffixed word whole in its hits: %s',
    (text) => {
      const hits = rulesOnly(text).categories.flatMap((c) => c.hits);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        const next = text[hit.span[1]] ?? ' ';
        expect(/[\p{L}\p{N}]/u.test(next), `${hit.ruleId} ends inside a word: ${text.slice(...hit.span)}`).toBe(false);
      }
    },
  );

  it('a suffix that is no pronoun does not stretch a word (7esabat is not 7esab + at … unless listed)', () => {
    expect(categoriesOf('kifak, shu a5bar el 7esabiyeh 3ndak? bokra el imti7an')).toEqual([]);
  });
});

describe('negation ends with its clause', () => {
  it('a fee after "without a guarantor," is still asked for', () => {
    expect(categoriesOf('tamweel fawri 100 alf bdoon kafeel, rsoom el malaf 300 bas. whatsapp 0790000000')).toContain(
      'fraud',
    );
  });

  it('inside one clause the negation holds ("never share your code" is advice)', () => {
    const report = classifyContent('Your code is 482913. Never share your code with anyone, even bank staff.');
    expect(report.categories.filter((c) => c.action === 'deny')).toEqual([]);
  });
});

describe('qaf written as 2 or 8 in Arabizi', () => {
  it.each([
    ['2 for qaf (مقفول)', '7sabak ma2fool, etasel 3ala 0790000000', 'ma2fool'],
    ['8 for qaf (مقفول)', '7sabak ma8fool, etasel 3ala 0790000000', 'ma8fool'],
  ])('%s: the Arabic term matches through the skeleton', (_label, text, word) => {
    const phishing = rulesOnly(text).categories.find((c) => c.category === 'phishing');
    expect(phishing).toBeDefined();
    expect(phishing!.hits.some((hit) => text.slice(hit.span[0], hit.span[1]).includes(word))).toBe(true);
  });

  it('a word whose 2 is a real hamza stays clean in a chat line', () => {
    expect(categoriesOf('so2al: ma2fool el ma7al bokra? bas bade a3ref')).toEqual([]);
  });
});

describe('Arabizi scam vocabulary beyond the first writers', () => {
  it.each([
    ['a transfer alert with "mish enta"', 'ta7weel 250 JD min 7sabak, mish enta? kallemna 3ala 0790000000', 'phishing'],
    ['a loan fee, qaf written 9', '9ard fawri bdoon kafeel, rasem el malaf 50 JD bas, kallemni 0790000000', 'fraud'],
    [
      'a card said to have expired, renewed by a link',
      'bita2tak 5elset sala7iyetha, jaddedha hal2a: bit.ly/x',
      'phishing',
    ],
    [
      'a home job with a registration fee',
      "sho3'el mn el beit w tetla3 lak 300 dolar bel shahr, rasem el tasjeel 20 JD, rasilni whatsapp",
      'fraud',
    ],
  ])('%s', (_label, text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'tam ta7weel el rateb 3ala 7sabak, shukran la ta3amolak ma3na',
    'mish enta elli 2ult bade floos? kallemni bokra',
  ])('a genuine line with the same words stays clean: %s', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });
});
