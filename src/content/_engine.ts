/**
 * The content engine: category specs, shared concepts, brands, the model and options compiled once; a closure
 * classifies each text in one pass per view:
 *
 * 1. fold the text into the word buffer (`TextScanner.scan`), raising flags as it goes;
 * 2. run the one automaton over it, and over a de-obfuscated view and an Arabizi skeleton view only when a
 *    flag asks for them; keep matches on word boundaries as concept occurrences;
 * 3. scan links, numbers and amounts only when the pass saw link or digit characters;
 * 4. fire the frames whose concepts are present, add the direct weights, the model's bounded contribution and
 *    the obfuscation weight, and report the categories at or above their review threshold.
 *
 * Language detection (franc) runs only when the report's `language` is read.
 */
import { makeIssue } from '../core/_issues.js';
import { PolicyInputError } from '../core/errors.js';
import { hasArabiziWord, skeletonView } from '../text/arabizi.js';
import { KIND_LOOKALIKE, foldTables } from '../text/fold.js';
import { type DetectedLanguage, detectLanguage } from '../text/language.js';
import {
  FLAG_DIGIT_IN_WORD,
  FLAG_DIGITS,
  FLAG_LATIN,
  FLAG_LINKISH,
  FLAG_LOOKALIKE,
  FLAG_MONEY_SIGN,
  FLAGS_OBFUSCATION,
  SCRIPT_DIGIT,
  type ScannedText,
  TextScanner,
  unitScript,
} from '../text/scan.js';
import { addChannelOccurrences, type CompiledBrands, compileBrands } from './_channels.js';
import {
  type CompiledCategory,
  type CompiledLexicon,
  compileLexicon,
  VIEW_DEOBFUSCATED,
  VIEW_MAIN,
  VIEW_SKELETON,
} from './_compile.js';
import { FrameScratch, frameFires } from './_frames.js';
import { FEATURE_BITS, FeatureBuffer } from './_features.js';
import type { ContentModel } from './_model.js';
import { modelContribution, type ModelRuntime, modelRuntime } from './_model.js';
import { matchView, Occurrences } from './_occurrences.js';
import type { CategorySpec } from './_spec.js';
import { DEFAULT_BRANDS, type ProtectedBrand } from './data/brands.js';
import type { ContentCategory } from './lexicons/types.js';
import type { ContentCategoryAction, ContentOptions } from './options.js';

/** One scored piece of evidence. */
export interface ContentHit {
  /** What found it: `frame:<id>`, `term:<concept>`, `obfuscated`, `model:<name>`. */
  ruleId: string;
  /** Half-open span in the original text. */
  span: [number, number];
  weight: number;
  term?: string;
}

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

export interface CompiledContent {
  classify(text: string): ContentReport;
  /** The model's hashed features of a text (what training and inference read), in a new array. */
  featuresOf(text: string, bits?: number): Int32Array;
  /** Per category: the strongest action the rules may take. */
  ceilings: Readonly<Partial<Record<ContentCategory, ContentCategoryAction>>>;
  categories: readonly ContentCategory[];
  lexicon: CompiledLexicon;
  model: ModelRuntime | null;
}

const MAX_FRAME_SLOTS = 8;
/** Weight of each further positive frame relative to the one before (1, 0.5, 0.25…). */
const FRAME_DECAY = 0.5;
const MAX_HIT_SPAN = 160;

export interface EngineInput {
  specs: readonly CategorySpec[];
  options: ContentOptions;
  model: ContentModel | null;
}

/** Compiles the specs, options and model into a classifier (options validated by the caller). */
export function compileContent({ specs, options, model }: EngineInput): CompiledContent {
  const brandList: ProtectedBrand[] = [
    ...(options.replaceBrands ? [] : DEFAULT_BRANDS),
    ...(options.protectedBrands ?? []),
  ];
  const lexicon = compileLexicon(specs, options, brandList);
  const brands: CompiledBrands = compileBrands(brandList);
  const runtime = model ? modelRuntime(model, lexicon) : null;
  const active = lexicon.categories.filter((c) => c.ceiling !== 'off');
  const ceilings: Partial<Record<ContentCategory, ContentCategoryAction>> = {};
  for (const c of lexicon.categories) ceilings[c.category] = c.ceiling;
  const frameCount = active.reduce((n, c) => n + c.frames.length, 0);
  for (const c of active) {
    for (const frame of c.frames) {
      if (frame.near.length > MAX_FRAME_SLOTS)
        throw new Error(`frame ${frame.id}: at most ${MAX_FRAME_SLOTS} near slots`);
    }
  }
  const frameIds = new Map<object, number>();
  for (const c of active) for (const frame of c.frames) frameIds.set(frame, frameIds.size);

  const main = new TextScanner();
  const deob = new TextScanner();
  const occurrences = new Occurrences();
  const scratch = new FrameScratch();
  const picked = new Int32Array(MAX_FRAME_SLOTS);
  const scores = new Float64Array(lexicon.categories.length);
  const conceptCount = (): number => lexicon.concepts.length;
  const arabiziMarker = lexicon.conceptIndex.get('arabizi-marker') ?? -1;
  const currency = lexicon.conceptIndex.get('currency') ?? -1;
  const money = lexicon.conceptIndex.get('money') ?? -1;
  const allow = lexicon.allowConcept;

  function classify(text: string): ContentReport {
    if (typeof text !== 'string') {
      throw new PolicyInputError([makeIssue(['text'], 'invalid_type', { expected: 'string', received: typeof text })]);
    }
    let language: DetectedLanguage | undefined;
    const categories: ContentCategoryResult[] = [];
    const report: ContentReport = {
      get language() {
        language ??= detectLanguage(text);
        return language;
      },
      categories,
    };
    if (text.length === 0 || active.length === 0) return report;

    const scanned = analyse(text);
    scratch.prepare(conceptCount(), frameCount, occurrences);
    const model = runtime ? modelContribution(runtime, scanned, occurrences) : null;
    scores.fill(0);
    for (const category of active) {
      const result = scoreCategory(category, text, scanned, model);
      if (result) categories.push(result);
      scores[category.index] = result?.score ?? -1;
    }
    // Generic categories give way to more specific ones that explain the message at least as well.
    for (let i = categories.length - 1; i >= 0; i--) {
      const spec = lexicon.categories.find((c) => c.category === categories[i]!.category)!.spec;
      const outscored = (spec.yieldsTo ?? []).some((other) => {
        const target = lexicon.categories.find((c) => c.category === other);
        return target !== undefined && scores[target.index]! >= categories[i]!.score;
      });
      if (outscored) categories.splice(i, 1);
    }
    categories.sort((a, b) => b.score - a.score);
    return report;
  }

  function scoreCategory(
    category: CompiledCategory,
    text: string,
    scanned: ScannedText,
    model: Float64Array | null,
  ): ContentCategoryResult | null {
    const hits: ContentHit[] = [];
    let score = 0;
    let obfuscated = -1;
    const removed = category.removed.size > 0 ? category.removed : null;
    const skip = removed
      ? (k: number) => occurrences.term[k]! >= 0 && removed.has(lexicon.terms[occurrences.term[k]!]!.key)
      : undefined;
    // Direct weights: each concept once, at its first occurrence.
    const counted = new Set<number>();
    for (let k = 0; k < occurrences.size; k++) {
      const concept = occurrences.concept[k]!;
      if (concept < 0) continue;
      const weight = category.weights[concept] ?? 0;
      if (weight === 0 || counted.has(concept) || skip?.(k)) continue;
      counted.add(concept);
      score += weight;
      const term = occurrences.term[k]! >= 0 ? lexicon.terms[occurrences.term[k]!]!.text : undefined;
      hits.push({
        ruleId: `term:${lexicon.concepts[concept]}`,
        span: [occurrences.start[k]!, occurrences.end[k]!],
        weight,
        ...(term ? { term } : {}),
      });
      if (weight > 0 && occurrences.view[k] === VIEW_DEOBFUSCATED && obfuscated < 0) obfuscated = k;
    }
    // Frames: positive ones with decay, negative ones in full.
    const fired: Array<{ weight: number; hit: ContentHit; obfuscated: number }> = [];
    for (const frame of category.frames) {
      if (!frameFires(frame, occurrences, scratch, picked, skip)) continue;
      let start = Number.POSITIVE_INFINITY;
      let end = 0;
      let hidden = -1;
      for (let s = 0; s < frame.near.length; s++) {
        const k = picked[s]!;
        if (occurrences.start[k]! < start) start = occurrences.start[k]!;
        if (occurrences.end[k]! > end) end = occurrences.end[k]!;
        if (occurrences.view[k] === VIEW_DEOBFUSCATED) hidden = k;
      }
      if (frame.near.length === 0) {
        start = 0;
        end = 0;
      }
      if (end - start > MAX_HIT_SPAN) end = start + MAX_HIT_SPAN;
      fired.push({
        weight: frame.weight,
        hit: { ruleId: `frame:${frame.id}`, span: [start, end], weight: frame.weight },
        obfuscated: hidden,
      });
    }
    fired.sort((a, b) => b.weight - a.weight);
    let factor = 1;
    for (const f of fired) {
      if (f.weight > 0) {
        const weight = f.weight * factor;
        factor *= FRAME_DECAY;
        score += weight;
        f.hit.weight = Math.round(weight * 100) / 100;
        if (f.obfuscated >= 0 && obfuscated < 0) obfuscated = f.obfuscated;
      } else score += f.weight;
      hits.push(f.hit);
    }
    if (model) {
      const contribution = model[category.index]!;
      if (contribution !== 0) {
        score += contribution;
        hits.push(...runtime!.explain(category.index, contribution));
      }
    }
    if (score > 0 && category.spec.obfuscationWeight > 0) {
      if (obfuscated < 0 && scanned.flags & FLAG_LOOKALIKE) obfuscated = firstLookalike(text, hits);
      if (obfuscated >= 0) {
        score += category.spec.obfuscationWeight;
        const span: [number, number] =
          obfuscated < 1_000_000 && obfuscated < occurrences.size
            ? [occurrences.start[obfuscated]!, occurrences.end[obfuscated]!]
            : lookalikeSpan(text, hits);
        hits.push({ ruleId: 'obfuscated', span, weight: category.spec.obfuscationWeight });
      }
    }
    score = Math.min(category.cap, Math.round(score * 100) / 100);
    if (score < category.reviewAt) return null;
    return {
      category: category.category,
      score,
      action: score >= category.denyAt && category.ceiling === 'deny' ? 'deny' : 'review',
      hits: hits.filter((h) => h.span[1] > h.span[0]),
    };
  }

  /** Scans and matches a text into `occurrences` (the first steps of `classify`). */
  function analyse(text: string): ScannedText {
    occurrences.reset();
    const scanned = main.scan(text);
    matchView(lexicon, scanned, VIEW_MAIN, scanned, occurrences);
    if (scanned.flags & FLAGS_OBFUSCATION)
      matchView(lexicon, deob.scanDeobfuscated(text), VIEW_DEOBFUSCATED, scanned, occurrences);
    if (
      scanned.flags & FLAG_LATIN &&
      (hasConcept(occurrences, arabiziMarker) || (scanned.flags & FLAG_DIGIT_IN_WORD && hasArabiziWord(scanned)))
    ) {
      const skeleton = skeletonView(scanned);
      if (skeleton) matchView(lexicon, skeleton, VIEW_SKELETON, scanned, occurrences);
    }
    if (scanned.flags & (FLAG_LINKISH | FLAG_DIGITS | FLAG_MONEY_SIGN) || text.includes('@')) {
      addChannelOccurrences(text, scanned, lexicon.conceptIndex, brands, occurrences);
    }
    if (currency >= 0 && money >= 0) addAmounts(scanned, occurrences, currency, money);
    if (lexicon.allowUsed) dropAllowed(occurrences, allow);
    return scanned;
  }

  const featureBuffers = new Map<number, FeatureBuffer>();
  function featuresOf(text: string, bits = FEATURE_BITS): Int32Array {
    let buffer = featureBuffers.get(bits);
    if (!buffer) {
      buffer = new FeatureBuffer(bits);
      featureBuffers.set(bits, buffer);
    }
    const scanned = analyse(typeof text === 'string' ? text : '');
    buffer.fill(scanned, occurrences, lexicon.concepts);
    return buffer.bucket.slice(0, buffer.size);
  }

  return { classify, featuresOf, ceilings, categories: active.map((c) => c.category), lexicon, model: runtime };
}

function hasConcept(occurrences: Occurrences, concept: number): boolean {
  if (concept < 0) return false;
  for (let k = 0; k < occurrences.size; k++) if (occurrences.concept[k] === concept) return true;
  return false;
}

/** A number next to a currency word is an amount of money (`500 دينار`, `JD 20`, `5k`). */
function addAmounts(scanned: ScannedText, occurrences: Occurrences, currency: number, money: number): void {
  const size = occurrences.size;
  for (let k = 0; k < size; k++) {
    if (occurrences.concept[k] !== currency) continue;
    const token = occurrences.token[k]!;
    for (const t of [token - 1, token + 1, token]) {
      if (t < 0 || t >= scanned.tokenCount) continue;
      const first = scanned.units[scanned.tokenStarts[t]!]!;
      if (unitScript(first) !== SCRIPT_DIGIT) continue;
      const start = Math.min(occurrences.start[k]!, scanned.starts[scanned.tokenStarts[t]!]!);
      const end = Math.max(occurrences.end[k]!, scanned.ends[scanned.tokenEnds[t]! - 1]!);
      occurrences.add(money, Math.min(t, token), start, end, VIEW_MAIN, -1);
      break;
    }
  }
}

/** Drops every occurrence inside an allow-listed phrase. */
function dropAllowed(occurrences: Occurrences, allow: number): void {
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < occurrences.size; k++) {
    if (occurrences.concept[k] === allow) spans.push([occurrences.start[k]!, occurrences.end[k]!]);
  }
  if (spans.length === 0) return;
  for (let k = 0; k < occurrences.size; k++) {
    const s = occurrences.start[k]!;
    const e = occurrences.end[k]!;
    if (spans.some(([a, b]) => s >= a && e <= b)) occurrences.concept[k] = -1;
  }
}

/** The first hit whose text holds a look-alike letter (Cyrillic а in "pаypal"): its index, as a marker. */
function firstLookalike(text: string, hits: ContentHit[]): number {
  return lookalikeSpan(text, hits)[1] > 0 ? 1_000_000 : -1;
}

function lookalikeSpan(text: string, hits: ContentHit[]): [number, number] {
  const { kind } = foldTables();
  for (const hit of hits) {
    if (hit.weight <= 0) continue;
    for (let i = hit.span[0]; i < hit.span[1]; i++) {
      if (kind[text.charCodeAt(i)]! & KIND_LOOKALIKE) return hit.span;
    }
  }
  return [0, 0];
}
