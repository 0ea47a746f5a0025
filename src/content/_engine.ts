/**
 * The content engine: options compiled once into lexicon automata, brand tables and category specs; a
 * closure classifies each text (views → lexicon hits → structural patterns → signals → combined rules →
 * negatives, obfuscation hit, cap and thresholds per category).
 */
import { PolicyInputError } from '../core/errors.js';
import { makeIssue } from '../core/_issues.js';
import { type DetectedLanguage, detectLanguage } from '../text/language.js';
import { AhoCorasick } from './_matcher.js';
import {
  type CompiledLexicons,
  compileLexicons,
  type LexiconHit,
  matchView,
  normalizeTerm,
  type TermEntry,
} from './_lexicon.js';
import { compileBrands } from './_links.js';
import { type ContentCategoryResult, type ResolvedCategory, scoreCategory } from './_scoring.js';
import { compileBrandNames, globalSignals } from './_signals.js';
import { buildViews, viewSpan } from './_views.js';
import { CATEGORY_SPECS } from './categories/index.js';
import { DEFAULT_BRANDS, type ProtectedBrand } from './data/brands.js';
import { LEXICONS } from './lexicons/index.js';
import { CONTENT_CATEGORIES, type ContentCategory } from './lexicons/types.js';
import type { ContentCategoryAction, ContentOptions } from './options.js';

export type { ContentCategoryResult } from './_scoring.js';

export interface ContentReport {
  language: DetectedLanguage;
  categories: ContentCategoryResult[];
}

export interface CompiledContent {
  classify(text: string): ContentReport;
  /** Per category: the strongest action the rules may take. */
  ceilings: Readonly<Record<ContentCategory, ContentCategoryAction>>;
  categories: readonly ContentCategory[];
  lexicons: CompiledLexicons;
}

/** Digits used as letters next to Latin letters (`7abibi`, `3arabi`, `ma3`), or a common Arabizi word. */
const ARABIZI_HINT =
  /[a-z][35679]|[35679][a-z]|(?<![a-z])(?:wallah?i?|yalla|habibi|inshallah|mabrook|mabrouk|hala2|kteer)(?![a-z])/i;

function entriesFrom(options: ContentOptions): TermEntry[] {
  const removeEverywhere = new Set<string>();
  const removeIn = new Set<string>();
  for (const item of options.removeTerms ?? []) {
    if (typeof item === 'string') removeEverywhere.add(normalizeTerm(item));
    else removeIn.add(`${item.category}\u0000${normalizeTerm(item.term)}`);
  }
  const keep = (category: ContentCategory, term: string): boolean => {
    const key = normalizeTerm(term);
    return !removeEverywhere.has(key) && !removeIn.has(`${category}\u0000${key}`);
  };
  const entries: TermEntry[] = [];
  for (const lexicon of LEXICONS) {
    for (const item of [...lexicon.terms, ...(lexicon.negatives ?? [])]) {
      if (!keep(lexicon.category, item.term)) continue;
      const entry: TermEntry = {
        category: lexicon.category,
        language: lexicon.language,
        term: item.term,
        weight: item.weight,
      };
      if (item.tag !== undefined) entry.tag = item.tag;
      entries.push(entry);
    }
  }
  for (const item of options.addTerms ?? []) {
    const language = item.language ?? (/[\u0600-\u06ff]/.test(item.term) ? 'ar' : 'en');
    const entry: TermEntry = { category: item.category, language, term: item.term, weight: item.weight };
    if (item.tag !== undefined) entry.tag = item.tag;
    entries.push(entry);
  }
  return entries;
}

function inside(span: [number, number], allowed: Array<[number, number]>): boolean {
  return allowed.some(([s, e]) => span[0] >= s && span[1] <= e);
}

/** Compiles options into a classifier (validation is the caller's job). */
export function compileContent(options: ContentOptions): CompiledContent {
  const disabled = new Set(options.disable ?? []);
  const resolved: ResolvedCategory[] = [];
  const ceilings = {} as Record<ContentCategory, ContentCategoryAction>;
  for (const category of CONTENT_CATEGORIES) {
    const spec = CATEGORY_SPECS[category];
    const override = options.categories?.[category] ?? {};
    const ceiling: ContentCategoryAction = disabled.has(category) ? 'off' : (override.action ?? 'deny');
    ceilings[category] = ceiling;
    if (ceiling === 'off') continue;
    const reviewAt = override.reviewAt ?? spec.reviewAt;
    resolved.push({
      spec,
      reviewAt,
      denyAt: Math.max(reviewAt, override.denyAt ?? spec.denyAt),
      cap: override.cap ?? spec.cap,
      ceiling,
    });
  }
  const lexicons = compileLexicons(entriesFrom(options));
  const brandList: ProtectedBrand[] = [
    ...(options.replaceBrands ? [] : DEFAULT_BRANDS),
    ...(options.protectedBrands ?? []),
  ];
  const brands = compileBrands(brandList);
  const brandNames = compileBrandNames(brandList.flatMap((b) => b.names.map(normalizeTerm)));
  const allowPhrases = (options.allow ?? []).map(normalizeTerm).filter((p) => p.length > 0);
  const allowMatcher = allowPhrases.length > 0 ? new AhoCorasick(allowPhrases) : null;

  function classify(text: string): ContentReport {
    if (typeof text !== 'string') {
      throw new PolicyInputError([makeIssue(['text'], 'invalid_type', { expected: 'string', received: typeof text })]);
    } // Language detection (franc) costs more than the classification itself: the report computes it on first
    // read, and the Arabizi view asks for it only when the text has a hint of Arabizi.
    let language: DetectedLanguage | undefined;
    const languageOf = (): DetectedLanguage => {
      language ??= detectLanguage(text);
      return language;
    };
    const categories: ContentCategoryResult[] = [];
    const report: ContentReport = {
      get language() {
        return languageOf();
      },
      categories,
    };
    if (text.length === 0 || resolved.length === 0) return report;
    const { views } = buildViews(text, ARABIZI_HINT.test(text) && languageOf() === 'arabizi');
    const plain = views[0]!;
    const deobfuscated = views.filter((v) => v.name === 'deobfuscated' || v.name === 'joined');

    const allowed: Array<[number, number]> = [];
    if (allowMatcher) allowMatcher.scan(plain.text, (hit) => allowed.push(viewSpan(plain, hit.start, hit.end)));
    const keep = (span: [number, number]): boolean => allowed.length === 0 || !inside(span, allowed);

    const raw: LexiconHit[] = [];
    for (const view of views) {
      const matcher =
        view.name === 'plain' || view.name === 'joined'
          ? lexicons.plain
          : view.name === 'deobfuscated'
            ? lexicons.deobfuscated
            : lexicons.arabizi;
      matchView(view, matcher, raw);
    }
    // Per category and term: first sighting wins; remember whether any view other than deobfuscated saw it.
    const byCategory = new Map<ContentCategory, Map<string, { hit: LexiconHit; clear: boolean }>>();
    for (const hit of raw) {
      if (!keep(hit.span)) continue;
      let terms = byCategory.get(hit.entry.category);
      if (!terms) {
        terms = new Map();
        byCategory.set(hit.entry.category, terms);
      }
      const key = hit.key;
      const seen = terms.get(key);
      const clear = hit.view !== 'deobfuscated' && hit.view !== 'joined';
      if (!seen) terms.set(key, { hit, clear });
      else if (clear && !seen.clear) terms.set(key, { hit, clear });
    }
    const shared = globalSignals(plain, brands, brandNames).filter((s) => keep(s.span));
    for (const category of resolved) {
      const result = scoreCategory(category, byCategory.get(category.spec.category), shared, plain, deobfuscated, keep);
      if (result) categories.push(result);
    }
    // Generic categories give way to more specific ones that explain the message at least as well.
    const scores = new Map(categories.map((c) => [c.category, c.score]));
    const denied = new Set(categories.filter((c) => c.action === 'deny').map((c) => c.category));
    for (let i = categories.length - 1; i >= 0; i--) {
      const spec = CATEGORY_SPECS[categories[i]!.category];
      const outscored = (spec.yieldsTo ?? []).some((other) => (scores.get(other) ?? -1) >= categories[i]!.score);
      if (outscored || (spec.yieldsToDenied ?? []).some((other) => denied.has(other))) categories.splice(i, 1);
    }
    categories.sort((a, b) => b.score - a.score);
    return report;
  }

  return { classify, ceilings, categories: resolved.map((r) => r.spec.category), lexicons };
}
