/** Shared evaluation code for `npm run masscheck` and the threshold tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_CATEGORIES, type ContentCategory, type ContentReport } from '../../src/content/index.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');
export const EVAL_FILE = join(REPO, 'test', 'fixtures', 'content', 'eval.jsonl');
export const DEV_FILE = join(REPO, 'test', 'fixtures', 'content', 'dev.jsonl');
export const UCI_FILE = resolve(REPO, '..', 'shared', 'corpora', 'uci-sms-spam', 'SMSSpamCollection');

export interface EvalItem {
  id: string;
  text: string;
  language: string;
  labels: ContentCategory[];
  obfuscated: boolean;
  hardNegative: boolean;
  realWorld: boolean;
}

export function loadEval(): { file: string; items: EvalItem[] } | null {
  const file = existsSync(EVAL_FILE) ? EVAL_FILE : existsSync(DEV_FILE) ? DEV_FILE : null;
  if (!file) return null;
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalItem);
  return { file, items };
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
}

export interface EvalFigures {
  perCategory: Record<ContentCategory, CategoryFigures>;
  /** Recall per category split by language and obfuscation (`en`, `ar`, `arabizi`, `obfuscated`…). */
  recallBySlice: Record<string, { caught: number; total: number }>;
  hardNegatives: number;
  hardNegativesDenied: EvalItem[];
  hardNegativesFlagged: EvalItem[];
  realWorld: { caught: number; total: number };
  misses: Array<{ item: EvalItem; predicted: string[] }>;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function evaluate(items: EvalItem[], classify: (text: string) => ContentReport): EvalFigures {
  const counts = Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ContentCategory,
    { tp: number; fp: number; fn: number }
  >;
  const recallBySlice: EvalFigures['recallBySlice'] = {};
  const hardNegativesDenied: EvalItem[] = [];
  const hardNegativesFlagged: EvalItem[] = [];
  const misses: EvalFigures['misses'] = [];
  let hardNegatives = 0;
  const realWorld = { caught: 0, total: 0 };
  for (const item of items) {
    const report = classify(item.text);
    const predicted = new Set(report.categories.map((c) => c.category));
    const labels = new Set(item.labels);
    let wrong = false;
    for (const category of CONTENT_CATEGORIES) {
      const has = labels.has(category);
      const got = predicted.has(category);
      if (has && got) counts[category].tp++;
      else if (!has && got) {
        counts[category].fp++;
        wrong = true;
      } else if (has && !got) {
        counts[category].fn++;
        wrong = true;
      }
    }
    for (const category of item.labels) {
      for (const slice of [item.language, item.obfuscated ? 'obfuscated' : 'plain']) {
        const key = `${category}/${slice}`;
        recallBySlice[key] ??= { caught: 0, total: 0 };
        recallBySlice[key].total++;
        if (predicted.has(category)) recallBySlice[key].caught++;
      }
    }
    if (item.realWorld && item.labels.length > 0) {
      realWorld.total++;
      if (item.labels.some((l) => predicted.has(l))) realWorld.caught++;
    }
    if (item.hardNegative) {
      hardNegatives++;
      if (report.categories.some((c) => c.action === 'deny')) hardNegativesDenied.push(item);
      if (report.categories.length > 0) hardNegativesFlagged.push(item);
    }
    if (wrong) misses.push({ item, predicted: report.categories.map((c) => `${c.category}:${c.score}:${c.action}`) });
  }
  const perCategory = Object.fromEntries(
    CONTENT_CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      return [c, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
    }),
  ) as Record<ContentCategory, CategoryFigures>;
  return { perCategory, recallBySlice, hardNegatives, hardNegativesDenied, hardNegativesFlagged, realWorld, misses };
}

export interface CorpusFigures {
  total: number;
  denied: number;
  flagged: number;
  perCategory: Record<string, number>;
  perRule: Record<string, number>;
}

export function corpusRates(texts: string[], classify: (text: string) => ContentReport): CorpusFigures {
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
