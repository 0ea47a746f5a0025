/**
 * Shared evaluation code for `npm run masscheck` and the corpus tests: the labelled corpus splits
 * (test/fixtures/content/corpus: train, dev, test, holdout, holdout2, holdout3, holdout4, holdout5), the UCI SMS Spam Collection, and the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_CATEGORIES, type ContentCategory, type ContentReport } from '../../src/content/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');
export const CORPUS = join(REPO, 'test', 'fixtures', 'content', 'corpus');
export const UCI_FILE = resolve(REPO, '..', 'shared', 'corpora', 'uci-sms-spam', 'SMSSpamCollection');

/** The frozen evaluation files and their SHA-256 (test/content/corpus.test.ts asserts them). */
export const FROZEN = {
  'test.jsonl': 'd5c286e7da84eb8949df6e1389371349b5daa3832a1c3c1728e50109dbe01f08',
  'holdout.jsonl': '3f40a2db0301efbfc46ed2f59adbaaacfaeeb871fa973d7e2dd7b90b8871b221',
  'holdout2.jsonl': 'b3ef91436a53ee1db562cebbaf2d46fadec6e87886586f9a70c4779ff9a15ec4',
  'holdout3.jsonl': 'ee5c5d0b223122bac29e192e2e2c5191594e132e3911bef609f6ad4c992ab306',
  'holdout4.jsonl': '98a210117f1902b2866b7141dcfd873b669cb1ad3fa664ca25d60f3edb8c5996',
  'holdout5.jsonl': 'f55140ad196e8211ad80bf237d33174bfb70501cb24750422a8b9151222abece',
} as const;

export type SplitName =
  | 'train'
  | 'train-extra'
  | 'dev'
  | 'dev2'
  | 'test'
  | 'holdout'
  | 'holdout2'
  | 'holdout3'
  | 'holdout4'
  | 'holdout5';

export interface CorpusItem {
  id: string;
  text: string;
  label: ContentCategory | 'clean';
  also: ContentCategory[];
  family: string;
  language: string;
  obfuscated: boolean;
  hardNegative: boolean;
  writer: string;
}

export function loadSplit(split: SplitName): CorpusItem[] {
  const file = join(CORPUS, `${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusItem);
}

export function loadUci(): { ham: string[]; spam: string[] } | null {
  if (!existsSync(UCI_FILE)) return null;
  const ham: string[] = [];
  const spam: string[] = [];
  for (const line of readFileSync(UCI_FILE, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const label = line.slice(0, tab);
    const text = line.slice(tab + 1).replace(/\r$/, '');
    if (label === 'ham') ham.push(text);
    else if (label === 'spam') spam.push(text);
  }
  return { ham, spam };
}

export interface CategoryFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Recall with each template family weighted once (the mean over families of the share caught). */
  familyRecall: number;
}

export interface EvalFigures {
  total: number;
  perCategory: Record<ContentCategory, CategoryFigures>;
  /** Recall per category and slice: language (`ar`, `en`, `arabizi`, `mixed`) and `obfuscated`. */
  recallBySlice: Record<string, { caught: number; total: number }>;
  clean: number;
  cleanFlagged: CorpusItem[];
  cleanDenied: CorpusItem[];
  /** Phishing and fraud together ("reported as phishing or fraud"), per message and per family. */
  scams: { caught: number; denied: number; total: number; familyRecall: number };
  wrong: Array<{ item: CorpusItem; predicted: string[] }>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function familyMean(byFamily: Map<string, { caught: number; total: number }>): number {
  if (byFamily.size === 0) return 1;
  let sum = 0;
  for (const f of byFamily.values()) sum += f.caught / f.total;
  return sum / byFamily.size;
}

export function evaluate(items: readonly CorpusItem[], classify: (text: string) => ContentReport): EvalFigures {
  const counts = Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ContentCategory,
    { tp: number; fp: number; fn: number }
  >;
  const families = Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, new Map()])) as Record<
    ContentCategory,
    Map<string, { caught: number; total: number }>
  >;
  const scamFamilies = new Map<string, { caught: number; total: number }>();
  const recallBySlice: EvalFigures['recallBySlice'] = {};
  const cleanFlagged: CorpusItem[] = [];
  const cleanDenied: CorpusItem[] = [];
  const wrong: EvalFigures['wrong'] = [];
  const scams = { caught: 0, denied: 0, total: 0, familyRecall: 1 };
  let clean = 0;
  for (const item of items) {
    const report = classify(item.text);
    const predicted = new Set(report.categories.map((c) => c.category));
    const gold = new Set<ContentCategory>(item.label === 'clean' ? item.also : [item.label, ...item.also]);
    let isWrong = false;
    for (const category of CONTENT_CATEGORIES) {
      const has = gold.has(category);
      const got = predicted.has(category);
      if (has && got) counts[category].tp++;
      else if (!has && got) {
        counts[category].fp++;
        isWrong = true;
      } else if (item.label === category && !got) {
        counts[category].fn++;
        isWrong = true;
      }
    }
    if (item.label !== 'clean') {
      const caught = predicted.has(item.label) || item.also.some((a) => predicted.has(a));
      const family = families[item.label].get(item.family) ?? { caught: 0, total: 0 };
      family.total++;
      if (caught) family.caught++;
      families[item.label].set(item.family, family);
      for (const slice of [item.language, ...(item.obfuscated ? ['obfuscated'] : [])]) {
        const key = `${item.label}/${slice}`;
        recallBySlice[key] ??= { caught: 0, total: 0 };
        recallBySlice[key].total++;
        if (caught) recallBySlice[key].caught++;
      }
    }
    if (item.label === 'phishing' || item.label === 'fraud') {
      scams.total++;
      const caught = predicted.has('phishing') || predicted.has('fraud');
      if (caught) scams.caught++;
      if (report.categories.some((c) => (c.category === 'phishing' || c.category === 'fraud') && c.action === 'deny'))
        scams.denied++;
      const family = scamFamilies.get(item.family) ?? { caught: 0, total: 0 };
      family.total++;
      if (caught) family.caught++;
      scamFamilies.set(item.family, family);
    }
    if (item.label === 'clean') {
      clean++;
      if (report.categories.length > 0) cleanFlagged.push(item);
      if (report.categories.some((c) => c.action === 'deny')) cleanDenied.push(item);
    }
    if (isWrong) wrong.push({ item, predicted: report.categories.map((c) => `${c.category}:${c.score}:${c.action}`) });
  }
  scams.familyRecall = familyMean(scamFamilies);
  const perCategory = Object.fromEntries(
    CONTENT_CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      return [
        c,
        {
          tp,
          fp,
          fn,
          precision: ratio(tp, tp + fp),
          recall: ratio(tp, tp + fn),
          familyRecall: familyMean(families[c]),
        },
      ];
    }),
  ) as Record<ContentCategory, CategoryFigures>;
  return { total: items.length, perCategory, recallBySlice, clean, cleanFlagged, cleanDenied, scams, wrong };
}

export interface CorpusFigures {
  total: number;
  denied: number;
  flagged: number;
  perCategory: Record<string, number>;
  perRule: Record<string, number>;
}

export function corpusRates(texts: readonly string[], classify: (text: string) => ContentReport): CorpusFigures {
  const figures: CorpusFigures = { total: texts.length, denied: 0, flagged: 0, perCategory: {}, perRule: {} };
  for (const text of texts) {
    const report = classify(text);
    if (report.categories.some((c) => c.action === 'deny')) figures.denied++;
    if (report.categories.length > 0) figures.flagged++;
    for (const category of report.categories) {
      figures.perCategory[category.category] = (figures.perCategory[category.category] ?? 0) + 1;
      for (const rule of new Set(category.hits.map((h) => `${category.category}/${h.ruleId}`)))
        figures.perRule[rule] = (figures.perRule[rule] ?? 0) + 1;
    }
  }
  return figures;
}
