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
import { compileBrandNames, globalSignals, type Signal } from './_signals.js';
import type { CategorySpec, ContentHit } from './_types.js';
import { buildViews, type View, viewSpan } from './_views.js';
import { CATEGORY_SPECS } from './categories/index.js';
import { DEFAULT_BRANDS, type ProtectedBrand } from './data/brands.js';
import { LEXICONS } from './lexicons/index.js';
import { CONTENT_CATEGORIES, type ContentCategory } from './lexicons/types.js';
import type { ContentCategoryAction, ContentOptions } from './options.js';

export interface ContentCategoryResult {
  category: ContentCategory;
  score: number;
  action: 'deny' | 'review';
  hits: ContentHit[];
}

export interface ContentReport {
  language: DetectedLanguage;
  categories: ContentCategoryResult[];
}

interface ResolvedCategory {
  spec: CategorySpec;
  reviewAt: number;
  denyAt: number;
  cap: number;
  ceiling: ContentCategoryAction;
}

export interface CompiledContent {
  classify(text: string): ContentReport;
  /** Per category: the strongest action the rules may take. */
  ceilings: Readonly<Record<ContentCategory, ContentCategoryAction>>;
  categories: readonly ContentCategory[];
  lexicons: CompiledLexicons;
}

/** A lexicon term counts at least this much to raise the `lexicon` signal of combined rules. */
const LEXICON_SIGNAL_WEIGHT = 3;
const MAX_PATTERN_MATCHES = 4;
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

function runPattern(regex: RegExp, view: View, limit: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(view.text); m !== null && spans.length < limit; m = regex.exec(view.text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    spans.push(viewSpan(view, m.index, m.index + m[0].length));
  }
  return spans;
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

function scoreCategory(
  category: ResolvedCategory,
  terms: Map<string, { hit: LexiconHit; clear: boolean }> | undefined,
  shared: Signal[],
  plain: View,
  deobfuscated: View[],
  keep: (span: [number, number]) => boolean,
): ContentCategoryResult | null {
  const { spec } = category;
  const hits: ContentHit[] = [];
  const signals = new Map<string, [number, number]>();
  for (const signal of shared) if (!signals.has(signal.name)) signals.set(signal.name, signal.span);
  let obfuscated = false;
  for (const { hit, clear } of strongestPerSpan(terms)) {
    const weight = hit.entry.weight;
    hits.push({ ruleId: `lexicon:${hit.entry.language}`, span: hit.span, weight, term: hit.entry.term });
    if (weight >= LEXICON_SIGNAL_WEIGHT && !signals.has('lexicon')) signals.set('lexicon', hit.span);
    if (weight > 0 && !signals.has('lexicon-any')) signals.set('lexicon-any', hit.span);
    if (weight > 0 && hit.entry.tag && !signals.has(hit.entry.tag)) signals.set(hit.entry.tag, hit.span);
    if (weight > 0 && !clear) obfuscated = true;
  }
  for (const pattern of spec.patterns) {
    let spans = runPattern(pattern.regex, plain, MAX_PATTERN_MATCHES).filter(keep);
    let viaDeobfuscated = false;
    for (const view of deobfuscated) {
      if (spans.length > 0) break;
      spans = runPattern(pattern.regex, view, MAX_PATTERN_MATCHES).filter(keep);
      viaDeobfuscated = spans.length > 0;
    }
    const first = spans[0];
    if (!first) continue;
    const name = pattern.signal ?? pattern.id;
    if (!signals.has(name)) signals.set(name, first);
    if (pattern.weight !== 0) hits.push({ ruleId: `pattern:${pattern.id}`, span: first, weight: pattern.weight });
    if (viaDeobfuscated && pattern.weight > 0) obfuscated = true;
  }
  mergeOverlaps(hits);
  for (const [flag, weight] of Object.entries(spec.signalWeights ?? {})) {
    const span = signals.get(flag);
    if (span) hits.push({ ruleId: `link:${flag}`, span, weight });
  }
  const suppressed = spec.suppressedBy?.some((name) => signals.has(name)) ?? false;
  for (const combo of spec.combos) {
    if (suppressed && combo.weight > 0) continue;
    if (!combo.all.every((name) => signals.has(name))) continue;
    if (combo.unless?.some((name) => signals.has(name))) continue;
    if (combo.any) {
      const present = combo.any.filter((name) => signals.has(name)).length;
      if (present < (combo.min ?? 1)) continue;
    }
    const anchor = combo.all[0] ?? combo.any?.find((name) => signals.has(name));
    const span = anchor ? signals.get(anchor) : undefined;
    if (span) hits.push({ ruleId: `combo:${combo.id}`, span, weight: combo.weight });
  }
  if (obfuscated && spec.obfuscationWeight > 0) {
    const firstPositive = hits.find((h) => h.weight > 0);
    if (firstPositive) hits.push({ ruleId: 'obfuscated', span: firstPositive.span, weight: spec.obfuscationWeight });
  }
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.weight === 0) hits.splice(i, 1);
  if (!hits.some((h) => h.weight > 0)) return null;
  const total = hits.reduce((sum, h) => sum + h.weight, 0);
  const score = Math.round(Math.max(0, Math.min(category.cap, total)) * 100) / 100;
  if (score < category.reviewAt) return null;
  let action: 'deny' | 'review' = score >= category.denyAt ? 'deny' : 'review';
  if (category.ceiling !== 'deny') action = 'review';
  hits.sort((a, b) => a.span[0] - b.span[0] || b.weight - a.weight);
  return { category: spec.category, score, action, hits };
}

/**
 * A structural pattern and a lexicon term that cover the same words are one piece of evidence: the pattern
 * keeps only what it adds beyond the strongest overlapping term of the same sign.
 */
function mergeOverlaps(hits: ContentHit[]): void {
  const lexicon = hits.filter((h) => h.ruleId.startsWith('lexicon:'));
  for (const hit of hits) {
    if (!hit.ruleId.startsWith('pattern:')) continue;
    let strongest = 0;
    for (const term of lexicon) {
      if (term.span[0] >= hit.span[1] || hit.span[0] >= term.span[1]) continue;
      if (Math.sign(term.weight) !== Math.sign(hit.weight)) continue;
      if (Math.abs(term.weight) > Math.abs(strongest)) strongest = term.weight;
    }
    if (strongest !== 0) {
      hit.weight = hit.weight > 0 ? Math.max(0, hit.weight - strongest) : Math.min(0, hit.weight - strongest);
    }
  }
}

type TermSighting = { hit: LexiconHit; clear: boolean };

/**
 * Spelling variants of one word (`كبتاجون`, `كابتاجون`, `captagon`) found on the same words count once: among
 * lexicon hits of one sign whose spans overlap, only the strongest is kept.
 */
function strongestPerSpan(terms: Map<string, TermSighting> | undefined): TermSighting[] {
  if (!terms) return [];
  const sorted = [...terms.values()].sort((a, b) => Math.abs(b.hit.entry.weight) - Math.abs(a.hit.entry.weight));
  const kept: TermSighting[] = [];
  for (const sighting of sorted) {
    const [s, e] = sighting.hit.span;
    const sign = Math.sign(sighting.hit.entry.weight);
    const covered = kept.some((k) => Math.sign(k.hit.entry.weight) === sign && k.hit.span[0] < e && s < k.hit.span[1]);
    if (!covered) kept.push(sighting);
  }
  return kept;
}
