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
import { hasArabiziWord, SkeletonBuffers, skeletonView } from '../text/arabizi.js';
import { type DetectedLanguage, detectLanguage } from '../text/language.js';
import {
  FLAG_DIGIT_IN_WORD,
  FLAG_DIGITS,
  FLAG_LATIN,
  FLAG_LINKISH,
  FLAG_MONEY_SIGN,
  FLAGS_OBFUSCATION,
  SCRIPT_DIGIT,
  type ScannedText,
  TextScanner,
  unitScript,
} from '../text/scan.js';
import { addChannelOccurrences, type CompiledBrands, compileBrands } from './_channels.js';
import { type CompiledLexicon, compileLexicon, VIEW_DEOBFUSCATED, VIEW_MAIN, VIEW_SKELETON } from './_compile.js';
import { FrameScratch } from './_frames.js';
import { FEATURE_BITS, FeatureBuffer } from './_features.js';
import type { ContentModel } from './_model.js';
import { modelContribution, type ModelRuntime, modelRuntime } from './_model.js';
import { matchView, Occurrences } from './_occurrences.js';
import { createScorer, MAX_FRAME_SLOTS, scoreAll } from './_score.js';
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
  /** The report of `text`; with `only`, the categories outside it are scored but not reported (nor yielded to). */
  classify(text: string, only?: ReadonlySet<ContentCategory>): ContentReport;
  /** The model's hashed features of a text (what training and inference read), in a new array. */
  featuresOf(text: string, bits?: number): Int32Array;
  /** Per category: the strongest action the rules may take. */
  ceilings: Readonly<Partial<Record<ContentCategory, ContentCategoryAction>>>;
  categories: readonly ContentCategory[];
  lexicon: CompiledLexicon;
  model: ModelRuntime | null;
}

export interface EngineInput {
  specs: readonly CategorySpec[];
  options: ContentOptions;
  model: ContentModel | null;
}

let LANGUAGE: PropertyDescriptor;

/**
 * A report whose `language` is detected on first read (franc is slower than the whole classification, and most
 * callers never ask). `language` is an own enumerable getter, listed before `categories`, as in an object literal
 * `{ get language() {…}, categories }`; but one shared getter, so that every report has the same shape: a literal
 * with a getter makes a new closure, and V8 a new hidden class, per report (half a microsecond each).
 */
class LazyReport {
  declare readonly language: DetectedLanguage;
  declare categories: ContentCategoryResult[];
  readonly #text: string;
  #language: DetectedLanguage | undefined;

  constructor(text: string, categories: ContentCategoryResult[]) {
    this.#text = text;
    Object.defineProperty(this, 'language', LANGUAGE);
    // Assigned, not declared as a field: a field would be defined before `language`.
    this.categories = categories;
  }

  static {
    LANGUAGE = {
      get(this: LazyReport): DetectedLanguage {
        this.#language ??= detectLanguage(this.#text);
        return this.#language;
      },
      enumerable: true,
      configurable: true,
    };
  }
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
  const specOf = new Map(active.map((c) => [c.category, c.spec]));
  const frameIds = new Map<object, number>();
  for (const c of active) for (const frame of c.frames) frameIds.set(frame, frameIds.size);

  const main = new TextScanner();
  const deob = new TextScanner();
  const skeletonBuffers = new SkeletonBuffers();
  const occurrences = new Occurrences();
  const scratch = new FrameScratch();
  const conceptCount = (): number => lexicon.concepts.length;
  const arabiziMarker = lexicon.conceptIndex.get('arabizi-marker') ?? -1;
  const currency = lexicon.conceptIndex.get('currency') ?? -1;
  const money = lexicon.conceptIndex.get('money') ?? -1;
  const allow = lexicon.allowConcept;
  const negator = lexicon.conceptIndex.get('negator') ?? -1;
  const optOutLine = lexicon.conceptIndex.get('opt-out-line') ?? -1;

  function classify(text: string, only?: ReadonlySet<ContentCategory>): ContentReport {
    if (typeof text !== 'string') {
      throw new PolicyInputError([makeIssue(['text'], 'invalid_type', { expected: 'string', received: typeof text })]);
    }
    const categories: ContentCategoryResult[] = [];
    const report: ContentReport = new LazyReport(text, categories);
    if (text.length === 0 || active.length === 0) return report;

    const scanned = analyse(text);
    scratch.prepare(conceptCount(), frameCount, occurrences);
    const model = runtime ? modelContribution(runtime, scanned, occurrences) : null;
    scoreAll(scorer, text, scanned, model, categories);
    if (only)
      for (let i = categories.length - 1; i >= 0; i--) if (!only.has(categories[i]!.category)) categories.splice(i, 1);
    // Generic categories give way to more specific ones that explain the message at least as well: from the
    // highest score down, a category is dropped when one it yields to was kept (ties keep the first listed).
    if (categories.length > 1) {
      categories.sort((a, b) => b.score - a.score);
      const kept = new Set<ContentCategory>();
      for (let i = 0; i < categories.length; i++) {
        const result = categories[i]!;
        const yields = specOf.get(result.category)!.yieldsTo;
        if (yields?.some((other) => kept.has(other))) {
          categories.splice(i, 1);
          i--;
        } else kept.add(result.category);
      }
    }
    categories.sort((a, b) => b.score - a.score);
    return report;
  }

  const scorer = createScorer({ lexicon, active, occurrences, scratch, runtime, frameIds });

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
      const skeleton = skeletonView(scanned, skeletonBuffers);
      if (skeleton) matchView(lexicon, skeleton, VIEW_SKELETON, scanned, occurrences);
    }
    if (scanned.flags & (FLAG_LINKISH | FLAG_DIGITS | FLAG_MONEY_SIGN) || text.includes('@')) {
      addChannelOccurrences(text, scanned, lexicon.conceptIndex, brands, occurrences);
    }
    if (currency >= 0 && money >= 0) addAmounts(scanned, occurrences, currency, money);
    if (negator >= 0) dropNegated(occurrences, negator, lexicon.negatable, scanned, text);
    if (optOutLine >= 0) dropInside(occurrences, optOutLine);
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
      occurrences.add(money, Math.min(t, token), Math.max(t, occurrences.tokenEnd[k]!), start, end, VIEW_MAIN, -1);
      break;
    }
  }
}

/** Cancels occurrences of negatable concepts one or two words after a negation ("no fee", «دون اي رسوم»). */
/** Words that join a list a negation reaches across: "no purchase or fees", «بدون أي شراء أو رسوم». */
const LIST_JOINERS = new Set(['or', 'nor', 'and', 'او', 'ولا', 'وال']);

function tokenText(scanned: ScannedText, t: number): string {
  if (t < 0 || t >= scanned.tokenCount) return '';
  let out = '';
  for (let p = scanned.tokenStarts[t]!; p < scanned.tokenEnds[t]!; p++) out += String.fromCharCode(scanned.units[p]!);
  return out;
}

/**
 * Cancels a negatable concept one to three words after a negation, or up to six when a list joiner stands
 * right before it ("no purchase or fees").
 */
function dropNegated(
  occurrences: Occurrences,
  negator: number,
  negatable: Uint8Array,
  scanned: ScannedText,
  text: string,
): void {
  for (let n = 0; n < occurrences.size; n++) {
    if (occurrences.concept[n] !== negator) continue;
    const after = occurrences.tokenEnd[n]!;
    const end = occurrences.end[n]!;
    for (let k = 0; k < occurrences.size; k++) {
      const concept = occurrences.concept[k]!;
      if (concept < 0 || !negatable[concept] || occurrences.start[k]! < end) continue;
      const distance = occurrences.token[k]! - after;
      if (distance < 1 || distance > 6) continue;
      // A negation ends with its clause: "bdoon kafeel, rsoom el malaf 300" still asks for a fee.
      if (clauseBreak(text, end, occurrences.start[k]!)) continue;
      if (distance <= 3 || LIST_JOINERS.has(tokenText(scanned, occurrences.token[k]! - 1))) occurrences.concept[k] = -1;
    }
  }
}

function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // , ; ! ? newline, Arabic comma, semicolon, question mark and full stop
    if (code === 0x2c || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x0a) return true;
    // A full stop ends a clause only before a space (not in 1.5 or bit.ly).
    if (code === 0x2e && (i + 1 >= text.length || text.charCodeAt(i + 1) === 0x20)) return true;
    if (code === 0x060c || code === 0x061b || code === 0x061f || code === 0x06d4) return true;
  }
  return false;
}

/** Drops every other occurrence inside an occurrence of `concept` (an opt-out line's «إيقاف» is no threat). */
function dropInside(occurrences: Occurrences, concept: number): void {
  for (let n = 0; n < occurrences.size; n++) {
    if (occurrences.concept[n] !== concept) continue;
    const start = occurrences.start[n]!;
    const end = occurrences.end[n]!;
    for (let k = 0; k < occurrences.size; k++) {
      if (k === n || occurrences.concept[k]! < 0 || occurrences.concept[k] === concept) continue;
      if (occurrences.start[k]! >= start && occurrences.end[k]! <= end) occurrences.concept[k] = -1;
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
