/**
 * The content model as an operator meets it: `sms-policy train` on their reviewed traffic, `loadContentModel`,
 * the model in `classifyContent`; deterministic bytes; every malformed model a PolicyConfigError naming what.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelModule } from '../../scripts/train-model.js';
import { classifyContent, createContentClassifier, loadContentModel, PolicyConfigError } from '../../src/index.js';
import { run, tempDir } from '../cli/_helpers.js';
import { REPO } from './_eval.js';

// A pharmacy chain's reviewed traffic: its own pickup and refill notices (clean), which name controlled drugs,
// and the prescription spam its reviewers saw. Generated from parts, so the held-out checks below use drug
// names, branches and wordings that the training rows do not.
const TRAIN_DRUGS = ['Tramadol', 'Xanax', 'Lyrica', 'Valium', 'Ritalin', 'Oxycodone'];
const TRAIN_DRUGS_AR = ['ترامادول', 'زاناكس', 'ليريكا', 'فاليوم', 'ريتالين'];
const NOTICES = [
  (d: string, b: string) => `${b} Pharmacy: your prescription for ${d} 50mg is ready for pickup. Bring your ID.`,
  (d: string, b: string) => `${b} Pharmacy reminder: your ${d} refill can be collected today until 10pm.`,
  (d: string, b: string) => `Your ${d} order at ${b} Pharmacy is ready. Please bring the doctor's prescription.`,
];
const NOTICES_AR = [
  (d: string, b: string) => `صيدلية ${b}: وصفتك الطبية (${d}) جاهزة للاستلام، يرجى إحضار الهوية`,
  (d: string, b: string) => `صيدلية ${b}: دواء ${d} الخاص بك متوفر الآن للاستلام مع الوصفة`,
];
const SPAM = [
  (d: string) => `Buy ${d} without prescription, discreet delivery, WhatsApp 0791234567`,
  (d: string) => `${d} 100 pills no prescription needed, cash on delivery, text us`,
  (d: string) => `بيع ${d} بدون وصفة طبية، توصيل سري لكل المناطق، واتساب 0791234567`,
];

function csvRow(text: string, label: string): string {
  return `"${text.replaceAll('"', '""')}",${label}`;
}

function trainingCsv(): string {
  const rows = ['text,label'];
  for (const b of ['Al-Shifa', 'Nour', 'Dawa']) {
    for (const d of TRAIN_DRUGS) for (const n of NOTICES) rows.push(csvRow(n(d, b), 'clean'));
    for (const d of TRAIN_DRUGS_AR)
      for (const n of NOTICES_AR)
        rows.push(csvRow(n(d, b === 'Nour' ? 'النور' : b === 'Dawa' ? 'دواء' : 'الشفاء'), 'clean'));
  }
  for (const d of [...TRAIN_DRUGS, ...TRAIN_DRUGS_AR]) for (const s of SPAM) rows.push(csvRow(s(d), 'prescription'));
  return `${rows.join('\n')}\n`;
}

// Held out: another branch and other wordings (the drugs are ones the chain dispenses, so they recur).
const HELD_OUT_NOTICES = [
  'Rawda Pharmacy: your Tramadol prescription has been filled and is ready for pickup. Bring your ID.',
  'صيدلية الروضة: تم تجهيز وصفة الزاناكس الخاصة بك، تفضل بالاستلام من الفرع مع الهوية',
];
// Held out: drugs the training rows never name.
const HELD_OUT_SPAM = 'Adderall and Diazepam without prescription, discreet delivery, WhatsApp 0797654321';

async function trainInto(dir: string, base: 'default' | 'none' = 'default'): Promise<string> {
  const result = await run(['train', '--data', 'reviewed.csv', '--out', 'model.json', '--base', base], dir, {});
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/trained on \d+ messages/);
  return readFileSync(join(dir, 'model.json'), 'utf8');
}

describe('an operator retrains the model on their reviewed traffic', () => {
  it('their own notices stop being flagged; the spam they reviewed, and unseen spam, still are', async () => {
    const { dir, cleanup } = tempDir({ 'reviewed.csv': trainingCsv() });
    try {
      await trainInto(dir);
      const model = loadContentModel(join(dir, 'model.json'));
      const classify = createContentClassifier({ model });
      const before = HELD_OUT_NOTICES.map((t) => classifyContent(t).categories.map((c) => c.category));
      // The shipped classifier flags the notices (why the operator retrains).
      for (const categories of before) expect(categories).toContain('prescription');
      for (const text of HELD_OUT_NOTICES) expect(classify(text).categories).toEqual([]);
      const spam = classify(HELD_OUT_SPAM).categories.find((c) => c.category === 'prescription');
      expect(spam?.action).toBe('deny');
      // The model's part shows in the hits, named after the model.
      const notice = createContentClassifier({ model })(
        'Al-Shifa Pharmacy: your prescription for Tramadol 50mg is ready for pickup. Bring your ID.',
      );
      expect(notice.categories).toEqual([]);
      const hits = classify(HELD_OUT_SPAM).categories.flatMap((c) => c.hits.map((h) => h.ruleId));
      expect(hits.some((id) => id.startsWith('model:'))).toBe(true);
    } finally {
      cleanup();
    }
  }, 60_000);

  it('training is deterministic: the same file gives the same bytes, with --base default and none', async () => {
    const one = tempDir({ 'reviewed.csv': trainingCsv() });
    const two = tempDir({ 'reviewed.csv': trainingCsv() });
    try {
      expect(await trainInto(one.dir)).toBe(await trainInto(two.dir));
      const none = await trainInto(one.dir, 'none');
      expect(none).toBe(await trainInto(two.dir, 'none'));
      expect(JSON.parse(none).base).toBeNull();
      // --base default refers to the shipped model rather than copying it.
      expect(JSON.parse(await trainInto(one.dir)).base).toBe('default');
    } finally {
      one.cleanup();
      two.cleanup();
    }
  }, 60_000);

  it.each([
    ['no text column', 'message,label\nhello,clean\n', /no "text" column/],
    [
      'an unknown label',
      'text,label\nhello,clean\nbuy now,spammy\n',
      /row 3: label "spammy" is not a content category/,
    ],
    ['an empty text', 'text,label\nhello,clean\n"   ",fraud\n', /row 3: text is empty/],
    ['no rows', 'text,label\n', /no rows/],
    ['broken quoting', 'text,label\n"hello,clean\n', /invalid CSV/],
  ])('a bad training file is a usage error naming the problem (%s)', async (_name, csv, message) => {
    const { dir, cleanup } = tempDir({ 'reviewed.csv': csv });
    try {
      const result = await run(['train', '--data', 'reviewed.csv', '--out', 'model.json'], dir, {});
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
    } finally {
      cleanup();
    }
  });

  it('classify --model reads the trained file; a bad one is a usage error', async () => {
    const { dir, cleanup } = tempDir({ 'reviewed.csv': trainingCsv(), 'bad.json': '{"format": "nope"}' });
    try {
      await trainInto(dir);
      const text = HELD_OUT_NOTICES[0]!;
      const shipped = await run(['classify', '--json'], dir, {}, { stdin: text });
      const own = await run(['classify', '--json', '--model', 'model.json'], dir, {}, { stdin: text });
      expect(own.code).toBe(0);
      expect(JSON.parse(own.stdout).categories).toEqual([]);
      expect(JSON.parse(shipped.stdout).categories.map((c: { category: string }) => c.category)).toContain(
        'prescription',
      );
      const bad = await run(['classify', '--json', '--model', 'bad.json'], dir, {}, { stdin: text });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/model/);
    } finally {
      cleanup();
    }
  }, 60_000);
});

describe('loadContentModel rejects a malformed model with a PolicyConfigError naming the problem', () => {
  const good = () => {
    const { dir, cleanup } = tempDir({ 'reviewed.csv': trainingCsv() });
    return { dir, cleanup };
  };

  it.each([
    ['a missing file', (dir: string) => join(dir, 'missing.json'), /ENOENT/],
    ['not JSON', (dir: string) => join(dir, 'reviewed.csv'), /not JSON/],
  ])('%s', (_name, path, message) => {
    const { dir, cleanup } = good();
    try {
      expect(() => loadContentModel(path(dir))).toThrow(PolicyConfigError);
      expect(() => loadContentModel(path(dir))).toThrow(message);
    } finally {
      cleanup();
    }
  });

  it('each broken field, on an otherwise valid trained model', async () => {
    const { dir, cleanup } = good();
    try {
      const valid = JSON.parse(await trainInto(dir, 'none')) as Record<string, unknown> & {
        own: Record<string, unknown>;
      };
      expect(loadContentModel(valid).own).not.toBeNull();
      const broken: Array<[string, unknown, RegExp]> = [
        ['format', { ...valid, format: 'other' }, /format/],
        ['bounds over the limit', { ...valid, own: { ...valid.own, bounds: { positive: 99, negative: 1 } } }, /bounds/],
        ['weights not base64', { ...valid, own: { ...valid.own, weights: '!!!' } }, /base64/],
        ['weights truncated', { ...valid, own: { ...valid.own, weights: 'gA==' } }, /truncated/],
        ['categories reordered', { ...valid, categories: [...(valid.categories as string[])].reverse() }, /order/],
        ['an unknown field', { ...valid, extra: true }, /extra|unrecognized/i],
        ['a bad name', { ...valid, name: 'Has Spaces' }, /name/],
      ];
      for (const [what, model, message] of broken) {
        let error: unknown;
        try {
          loadContentModel(model as object);
        } catch (e) {
          error = e;
        }
        expect(error, what).toBeInstanceOf(PolicyConfigError);
        expect(String((error as Error).message) + JSON.stringify((error as PolicyConfigError).issues), what).toMatch(
          message,
        );
      }
      // A model that is not from loadContentModel is refused by the classifier's options too.
      expect(() => createContentClassifier({ model: { format: 'x' } as never })).toThrow(PolicyConfigError);
    } finally {
      cleanup();
    }
  }, 60_000);
});

describe('the shipped model', () => {
  it('is what `npm run train:model` gives from the data in the repository (regenerate it after a change)', () => {
    const shipped = readFileSync(join(REPO, 'src', 'content', 'data', 'model.ts'), 'utf8');
    expect(modelModule().text === shipped).toBe(true);
  }, 60_000);
});

describe('the dense int8 rows of the model', () => {
  it('add up to what the sparse weights give, for every text of the dev split', async () => {
    const { compileContent } = await import('../../src/content/_engine.js');
    const { partLogits } = await import('../../src/content/_model.js');
    const { defaultModel } = await import('../../src/content/model.js');
    const { CATEGORY_SPECS } = await import('../../src/content/categories.js');
    const { CONTENT_CATEGORIES } = await import('../../src/content/lexicons/types.js');
    const { loadSplit } = await import('./_eval.js');
    const model = defaultModel()!;
    const compiled = compileContent({
      specs: CONTENT_CATEGORIES.map((c) => CATEGORY_SPECS[c]),
      options: {},
      model,
    });
    const runtime = compiled.model!;
    expect(runtime.dense[0]).toBeInstanceOf(Int8Array);
    let nonZero = 0;
    for (const { text } of loadSplit('dev')) {
      compiled.classify(text);
      const part = runtime.parts[0]!;
      const logits = partLogits(part, runtime.features);
      for (let c = 0; c < runtime.categoryMap.length; c++) {
        const z = logits[runtime.categoryMap[c]!]!;
        const bounded = z > 0 ? Math.min(z, part.bounds.positive) : Math.max(z, -part.bounds.negative);
        expect(runtime.contribution[c]).toBeCloseTo(bounded, 4);
        if (runtime.contribution[c] !== 0) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThan(100);
  });
});
