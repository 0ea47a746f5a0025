/**
 * Targets on the labelled evaluation set (test/fixtures/content/eval.jsonl, or dev.jsonl before it exists) and
 * on the ham of the UCI SMS Spam Collection (skipped with a note when ../shared/corpora is absent).
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_CATEGORIES, classifyContent } from '../../src/index.js';
import { corpusRates, evaluate, loadEval, loadUci, UCI_FILE } from './_eval.js';

const evalSet = loadEval();
const uci = loadUci();
if (!uci) console.warn(`UCI SMS Spam Collection not found at ${UCI_FILE}: ham thresholds skipped.`);

describe.skipIf(!evalSet)('evaluation set', () => {
  const figures = evalSet ? evaluate(evalSet.items, (text) => classifyContent(text)) : null;

  it('denies no clean hard negative', () => {
    expect(figures!.hardNegatives).toBeGreaterThan(0);
    expect(figures!.hardNegativesDenied.map((item) => `${item.id}: ${item.text}`)).toEqual([]);
  });

  it.each(CONTENT_CATEGORIES.map((c) => [c]))('%s: precision >= 0.95 and recall >= 0.90', (category) => {
    const c = figures!.perCategory[category];
    expect(c.tp + c.fn, 'the set has examples of the category').toBeGreaterThan(0);
    expect(c.precision).toBeGreaterThanOrEqual(0.95);
    expect(c.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('catches real-world phishing and prize scams (recall >= 0.80)', () => {
    const { caught, total } = figures!.realWorld;
    if (total > 0) expect(caught / total).toBeGreaterThanOrEqual(0.8);
  });
});

describe.skipIf(!uci)('UCI SMS Spam Collection ham (4,827 real messages)', () => {
  const ham = uci ? corpusRates(uci.ham, (text) => classifyContent(text)) : null;

  it('denies at most 0.2% of ham', () => {
    expect(ham!.total).toBeGreaterThan(4_000);
    expect(ham!.denied / ham!.total).toBeLessThanOrEqual(0.002);
  });

  it.each(CONTENT_CATEGORIES.map((c) => [c]))('%s is raised on at most 2% of ham', (category) => {
    expect((ham!.perCategory[category] ?? 0) / ham!.total).toBeLessThanOrEqual(0.02);
  });
});
