/**
 * Scoring of one category: lexicon hits (one per spelling variant), structural patterns, shared signals,
 * combined rules, negatives, the obfuscation hit, the cap and the thresholds.
 */
import type { LexiconHit } from './_lexicon.js';
import type { Signal } from './_signals.js';
import type { CategorySpec, ContentHit } from './_types.js';
import { type View, viewSpan } from './_views.js';
import type { ContentCategory } from './lexicons/types.js';
import type { ContentCategoryAction } from './options.js';

export interface ContentCategoryResult {
  category: ContentCategory;
  score: number;
  action: 'deny' | 'review';
  hits: ContentHit[];
}

export interface ResolvedCategory {
  spec: CategorySpec;
  reviewAt: number;
  denyAt: number;
  cap: number;
  ceiling: ContentCategoryAction;
}

/** A lexicon term counts at least this much to raise the `lexicon` signal of combined rules. */
const LEXICON_SIGNAL_WEIGHT = 3;
const MAX_PATTERN_MATCHES = 4;

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

export function scoreCategory(
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
