/**
 * The labelled corpus: frozen evaluation files, a split by template family, and regression floors on the dev
 * split (which tuning uses; the test and holdout files are only measured, by `npm run masscheck`). Also the
 * false-positive budget on the ham of the UCI SMS Spam Collection (skipped with a note when ../shared/corpora
 * is absent).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CATEGORIES, classifyContent } from '../../src/index.js';
import { splitOf } from '../../scripts/corpus-split.js';
import { CORPUS, corpusRates, evaluate, FROZEN, loadSplit, loadUci, UCI_FILE } from './_eval.js';

describe('corpus', () => {
  it.each(Object.entries(FROZEN))('%s is frozen (SHA-256)', (file, hash) => {
    expect(
      createHash('sha256')
        .update(readFileSync(join(CORPUS, file)))
        .digest('hex'),
    ).toBe(hash);
  });

  it('each template family sits in one split only, the one its hash gives', () => {
    const seen = new Map<string, string>();
    for (const split of ['train', 'dev', 'test'] as const) {
      for (const item of loadSplit(split)) {
        expect(splitOf(item.family), item.id).toBe(split);
        const other = seen.get(item.family);
        if (other) expect(other).toBe(split);
        seen.set(item.family, split);
      }
    }
    expect(seen.size).toBeGreaterThan(1_000);
  });

  it('no text of a sealed split (test, holdouts) is trained on', () => {
    const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const trained = new Set([...loadSplit('train'), ...loadSplit('train-extra')].map((item) => key(item.text)));
    for (const split of ['test', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5'] as const) {
      const items = loadSplit(split);
      expect(items.length, split).toBeGreaterThanOrEqual(300);
      for (const item of items) expect(trained.has(key(item.text)), `${split} ${item.id}`).toBe(false);
    }
  });

  it('holds at least 1,500 labelled messages from several writers', () => {
    const items = [...loadSplit('train'), ...loadSplit('dev'), ...loadSplit('test')];
    expect(items.length).toBeGreaterThanOrEqual(1_500);
    expect(new Set(items.map((i) => i.writer)).size).toBeGreaterThanOrEqual(5);
  });
});

describe('dev split: regression floors', () => {
  const figures = evaluate(loadSplit('dev'), (text) => classifyContent(text));

  it('catches phishing and fraud (either counts) in at least 88% of scam messages', () => {
    expect(figures.scams.caught / figures.scams.total).toBeGreaterThanOrEqual(0.88);
  });

  it('flags at most 3% of clean messages and denies at most one', () => {
    expect(figures.cleanFlagged.length / figures.clean).toBeLessThanOrEqual(0.03);
    expect(figures.cleanDenied.length).toBeLessThanOrEqual(1);
  });

  it.each(CONTENT_CATEGORIES.map((c) => [c]))('%s: precision >= 0.85 and recall >= 0.75', (category) => {
    const c = figures.perCategory[category];
    expect(c.tp + c.fn).toBeGreaterThan(0);
    expect(c.precision).toBeGreaterThanOrEqual(0.85);
    expect(c.recall).toBeGreaterThanOrEqual(0.75);
  });
});

const uci = loadUci();
if (!uci) console.warn(`UCI SMS Spam Collection not found at ${UCI_FILE}: ham thresholds skipped.`);

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
