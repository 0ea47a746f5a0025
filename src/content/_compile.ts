/**
 * Compiles concept classes, category specs and user options into the tables the engine runs on: one automaton
 * for every lexicon term in every view (main, de-obfuscated, Arabizi skeleton), concept and frame indexes, and
 * per-category weights — all built once per options object.
 */
import { arabicPhraseSkeleton, latinPhraseSkeleton } from '../text/arabizi.js';
import { type Automaton, compileAutomaton } from '../text/automaton.js';
import { foldWords } from '../text/scan.js';
import type { CategorySpec, ConceptSpec, FrameSpec, Slot } from './_spec.js';
import { CHANNEL_CONCEPT_IDS, SHARED_CONCEPTS } from './concepts/index.js';
import type { ContentCategory, LexiconLanguage } from './lexicons/types.js';
import type { ProtectedBrand } from './data/brands.js';
import type { ContentCategoryAction, ContentOptions } from './options.js';

/** Views a pattern is matched in. */
export const VIEW_MAIN = 1;
export const VIEW_DEOBFUSCATED = 2;
export const VIEW_SKELETON = 4;

export const MODE_WORD = 0;
export const MODE_PREFIX = 1;
export const MODE_EXACT = 2;

export interface PatternInfo {
  concept: number;
  term: number;
  mode: number;
  views: number;
  arabic: boolean;
  /** A Latin term of the Arabizi lexicon: it also takes Arabizi pronoun suffixes (`7esab` + `ak`). */
  arabizi: boolean;
  /** The pattern's final ه was written as ت and needs a suffix («بطاقت» + ك, `bita2t` + `ak`). */
  requireSuffix: boolean;
  /** Skeleton patterns: the skeleton, for the specificity check. */
  skeleton?: string;
  /**
   * 1: the pattern starts with a space, so it is found only at a word start (every Latin term, and Arabic terms
   * that take no proclitics), and the automaton reports far fewer matches; 2: it also ends with one (skeletons).
   */
  spaced: number;
}

export interface TermInfo {
  concept: number;
  language: LexiconLanguage;
  /** As written in the lexicon (without markers). */
  text: string;
  /** Folded form, the key of `removeTerms`. */
  key: string;
}

export interface CompiledFrame {
  id: string;
  category: number;
  weight: number;
  near: Int32Array[];
  with: Int32Array[];
  window: number;
  /** Concepts of the first slot of `near` (or `with`): a frame is tried only when one of them is present. */
  first: Int32Array;
}

export interface CompiledCategory {
  category: ContentCategory;
  index: number;
  spec: CategorySpec;
  reviewAt: number;
  denyAt: number;
  cap: number;
  ceiling: ContentCategoryAction;
  /** Direct weights: concept index → weight (0 for none). */
  weights: Float64Array;
  frames: CompiledFrame[];
  /** Folded terms whose hits do not count for this category. */
  removed: Set<string>;
}

/** One automaton over a subset of the patterns, and each of its pattern indexes in `CompiledLexicon.patterns`. */
export interface ViewAutomaton {
  automaton: Automaton;
  pattern: Int32Array;
}

export interface CompiledLexicon {
  /**
   * The main and de-obfuscated views' patterns without an Arabic letter (Latin, digits, emoji words), those with
   * one, and the Arabizi skeleton view's, in three automata: each view scans only the patterns it can accept, a
   * text with no Arabic letter skips the Arabic ones, and each table stays small enough for 16-bit states (one
   * automaton of all passed 65,536 states and doubled its width in bytes).
   */
  automaton: ViewAutomaton;
  /** The main and de-obfuscated views' patterns with an Arabic letter (scanned only in texts that have one). */
  arabicAutomaton: ViewAutomaton;
  skeletonAutomaton: ViewAutomaton;
  /** Length of each pattern in code units (by index in `patterns`). */
  patternLengths: Int32Array;
  patterns: PatternInfo[];
  terms: TermInfo[];
  concepts: string[];
  conceptIndex: Map<string, number>;
  categories: CompiledCategory[];
  /** Frames by the concepts of their first slot. */
  framesByConcept: CompiledFrame[][];
  /** Per concept: 1 when a preceding negation cancels it. */
  negatable: Uint8Array;
  /** Concept of allow-listed phrases, and whether there are any. */
  allowConcept: number;
  allowUsed: boolean;
}

const NEGATIVE_PREFIX = 'user-negative';

function parseTerm(raw: string): { text: string; mode: number } {
  const term = raw.trim();
  if (term.startsWith('=')) return { text: term.slice(1), mode: MODE_EXACT };
  if (term.endsWith('*')) return { text: term.slice(0, -1), mode: MODE_PREFIX };
  return { text: term, mode: MODE_WORD };
}

const ARABIC_LETTER = /[\u0621-\u064a]/;

/** The folded key of a term, as `removeTerms` and the reports name it. */
export function termKey(term: string): string {
  return foldWords(parseTerm(term).text);
}

function slotList(slot: Slot): readonly string[] {
  return typeof slot === 'string' ? [slot] : slot;
}

/** Compiles the category specs and the shared concepts plus `options` (already validated). */
export function compileLexicon(
  specs: readonly CategorySpec[],
  options: ContentOptions,
  brands: readonly ProtectedBrand[],
): CompiledLexicon {
  const concepts: string[] = [];
  const conceptIndex = new Map<string, number>();
  const conceptOf = (id: string): number => {
    let index = conceptIndex.get(id);
    if (index === undefined) {
      index = concepts.length;
      concepts.push(id);
      conceptIndex.set(id, index);
    }
    return index;
  };
  for (const id of CHANNEL_CONCEPT_IDS) conceptOf(id);

  const removeEverywhere = new Set<string>();
  const removeIn = new Map<ContentCategory, Set<string>>();
  for (const item of options.removeTerms ?? []) {
    if (typeof item === 'string') removeEverywhere.add(termKey(item));
    else {
      const set = removeIn.get(item.category) ?? new Set<string>();
      set.add(termKey(item.term));
      removeIn.set(item.category, set);
    }
  }

  const patternTexts: string[] = [];
  const patterns: PatternInfo[] = [];
  const terms: TermInfo[] = [];
  const addPattern = (text: string, info: PatternInfo): void => {
    if (text.length === 0) return;
    patternTexts.push(text);
    patterns.push(info);
  };

  const addTerm = (concept: number, language: LexiconLanguage, raw: string, ownerCategory?: ContentCategory): void => {
    const { text, mode } = parseTerm(raw);
    const folded = foldWords(text);
    // A term that folds to nothing, or to digits only (".45"), would match every number.
    if (folded.length === 0 || /^[0-9 ]+$/.test(folded)) return;
    if (removeEverywhere.has(folded)) return;
    if (ownerCategory && removeIn.get(ownerCategory)?.has(folded)) return;
    const term = terms.length;
    terms.push({ concept, language, text, key: folded });
    const arabic = ARABIC_LETTER.test(folded);
    const views = VIEW_MAIN | VIEW_DEOBFUSCATED;
    // Arabic words of three letters or more may carry proclitics, so they can start inside a word.
    const spaced = arabic && folded.length > 2 && mode !== MODE_EXACT ? 0 : 1;
    const arabizi = !arabic && language === 'arabizi';
    const base = { concept, term, mode, views, arabic, arabizi };
    addPattern(`${spaced ? ' ' : ''}${folded}`, { ...base, requireSuffix: false, spaced });
    if (arabic && mode === MODE_WORD && folded.endsWith('ه') && folded.length >= 3) {
      addPattern(`${folded.slice(0, -1)}ت`, { ...base, requireSuffix: true, spaced: 0 });
    }
    // A perfect of forms V and VII («اتقفل», «انقفل»: it got locked) also as its imperfect stem, so «تنقفل»,
    // «بينقفل», «هيتقفل» (it will be locked) match with the verb prefixes; five letters or more («اتصل» stays).
    if (arabic && mode === MODE_WORD && !folded.includes(' ') && folded.length >= 5 && /^ا[نت]/.test(folded)) {
      addPattern(folded.slice(1), { ...base, requireSuffix: false, spaced: 0 });
    }
    // The same in Arabizi: a final a/e/eh/ah (ta marbuta) is written t before a pronoun (`bita2a` → `bita2tak`).
    const tied = arabizi && mode === MODE_WORD && !folded.includes(' ') ? /^(.{3,}?)(?:a|e|ah|eh)$/.exec(folded) : null;
    if (tied) addPattern(` ${tied[1]}t`, { ...base, requireSuffix: true, spaced: 1 });
    // The Arabizi skeleton view: Arabic and Arabizi terms as consonant skeletons, whole words only. Chat writers
    // spell qaf as the glottal stop most dialects say (`bita2a`, `2arar`: 2 is dropped like a hamza) or as 8
    // (`8areeb`, as ghain), so an Arabic term with ق also gets those two skeletons.
    if (arabic) {
      addSkeleton(addPattern, concept, term, folded, arabicPhraseSkeleton(folded), mode);
      if (folded.includes('ق')) {
        for (const written of ['ء', 'غ'])
          addSkeleton(addPattern, concept, term, folded, arabicPhraseSkeleton(folded.replaceAll('ق', written)), mode);
      }
    } else if (language === 'arabizi')
      addSkeleton(addPattern, concept, term, folded, latinPhraseSkeleton(folded), mode);
  };

  const negatableIds = new Set<string>();
  const addConcept = (spec: ConceptSpec, owner?: ContentCategory): void => {
    const concept = conceptOf(spec.id);
    if (spec.negatable) negatableIds.add(spec.id);
    for (const t of spec.en ?? []) addTerm(concept, 'en', t, owner);
    for (const t of spec.ar ?? []) addTerm(concept, 'ar', t, owner);
    for (const t of spec.arabizi ?? []) addTerm(concept, 'arabizi', t, owner);
  };

  for (const spec of SHARED_CONCEPTS) addConcept(spec);
  for (const category of specs) for (const spec of category.concepts) addConcept(spec, category.category);
  const brandConcept = conceptOf('brand');
  for (const brand of brands)
    for (const name of brand.names) addTerm(brandConcept, ARABIC_LETTER.test(name) ? 'ar' : 'en', name);

  // Terms added by the user: into a concept, or as a weighted term of a category.
  const userWeights: Array<{ category: ContentCategory; concept: number; weight: number }> = [];
  (options.addTerms ?? []).forEach((item, n) => {
    const language = item.language ?? (ARABIC_LETTER.test(item.term) ? 'ar' : 'en');
    if (item.concept !== undefined) {
      addTerm(conceptOf(item.concept), language, item.term);
      return;
    }
    const weight = item.weight ?? 0;
    const id = `${weight < 0 ? NEGATIVE_PREFIX : 'user'}:${item.category}:${n}`;
    const concept = conceptOf(id);
    addTerm(concept, language, item.term);
    userWeights.push({ category: item.category, concept, weight });
  });
  const allowConcept = conceptOf('allow');
  for (const phrase of options.allow ?? [])
    addTerm(allowConcept, ARABIC_LETTER.test(phrase) ? 'ar' : 'en', `=${phrase}`);

  const { categories, allFrames } = compileCategories(specs, options, removeIn, userWeights, conceptOf, concepts);
  const negatable = new Uint8Array(concepts.length);
  for (const id of negatableIds) negatable[conceptIndex.get(id)!] = 1;
  const framesByConcept: CompiledFrame[][] = concepts.map(() => []);
  for (const frame of allFrames) for (const concept of frame.first) framesByConcept[concept]!.push(frame);
  return {
    automaton: viewAutomaton(patterns, patternTexts, 'latin'),
    arabicAutomaton: viewAutomaton(patterns, patternTexts, 'arabic'),
    skeletonAutomaton: viewAutomaton(patterns, patternTexts, 'skeleton'),
    patternLengths: Int32Array.from(patternTexts, (text) => text.length),
    patterns,
    terms,
    concepts,
    conceptIndex,
    categories,
    framesByConcept,
    negatable,
    allowConcept,
    allowUsed: (options.allow ?? []).length > 0,
  };
}

/**
 * Each category's thresholds, ceiling, weights by concept and frames, with the user's weighted terms added and
 * every weight table as long as the concept list.
 */
/** Adds a term's skeleton pattern (the Arabizi skeleton view), whole words only. */
function addSkeleton(
  addPattern: (text: string, info: PatternInfo) => void,
  concept: number,
  term: number,
  folded: string,
  skeleton: string,
  mode: number,
): void {
  // A phrase whose short words vanish in the skeleton («يا تدفع يا» → «تدفع») would match its bare verb.
  const whole =
    skeleton.split(' ').length === folded.split(' ').length && skeleton.split(' ').every((w) => w.length >= 2);
  if (whole && skeleton.replace(/ /g, '').length >= 3 && mode !== MODE_EXACT) {
    const info = {
      concept,
      term,
      mode: MODE_WORD,
      views: VIEW_SKELETON,
      arabic: true,
      arabizi: false,
      requireSuffix: false,
      skeleton,
    };
    addPattern(` ${skeleton} `, { ...info, spaced: 2 });
  }
}

/** The automaton of the skeleton view's patterns, or of the others with (`arabic`) or without an Arabic letter. */
function viewAutomaton(
  patterns: readonly PatternInfo[],
  texts: readonly string[],
  kind: 'latin' | 'arabic' | 'skeleton',
): ViewAutomaton {
  const pattern: number[] = [];
  for (let p = 0; p < patterns.length; p++) {
    const skeleton = patterns[p]!.views === VIEW_SKELETON;
    const of = skeleton ? 'skeleton' : ARABIC_LETTER.test(texts[p]!) ? 'arabic' : 'latin';
    if (of === kind) pattern.push(p);
  }
  return { automaton: compileAutomaton(pattern.map((p) => texts[p]!)), pattern: Int32Array.from(pattern) };
}

function compileCategories(
  specs: readonly CategorySpec[],
  options: ContentOptions,
  removeIn: ReadonlyMap<ContentCategory, Set<string>>,
  userWeights: ReadonlyArray<{ category: ContentCategory; concept: number; weight: number }>,
  conceptOf: (id: string) => number,
  concepts: readonly string[],
): { categories: CompiledCategory[]; allFrames: CompiledFrame[] } {
  const disabled = new Set(options.disable ?? []);
  const categories: CompiledCategory[] = [];
  const allFrames: CompiledFrame[] = [];
  specs.forEach((spec, index) => {
    const category = spec.category;
    const override = options.categories?.[category] ?? {};
    const ceiling: ContentCategoryAction = disabled.has(category) ? 'off' : (override.action ?? 'deny');
    const reviewAt = override.reviewAt ?? spec.reviewAt;
    const weights = new Float64Array(concepts.length + 64);
    for (const [id, weight] of Object.entries(spec.weights)) weights[conceptOf(id)] = weight;
    const frames = spec.frames.map((frame) => compileFrame(frame, index, conceptOf));
    const compiled: CompiledCategory = {
      category,
      index,
      spec,
      reviewAt,
      denyAt: Math.max(reviewAt, override.denyAt ?? spec.denyAt),
      cap: override.cap ?? spec.cap,
      ceiling,
      weights,
      frames,
      removed: removeIn.get(category) ?? new Set(),
    };
    categories.push(compiled);
    if (ceiling !== 'off') allFrames.push(...frames);
  });
  for (const { category, concept, weight } of userWeights) {
    const target = categories.find((c) => c.category === category);
    if (!target) continue;
    if (target.weights.length <= concept) {
      const grown = new Float64Array(concepts.length + 64);
      grown.set(target.weights);
      target.weights = grown;
    }
    target.weights[concept] = weight;
  }
  for (const c of categories) {
    if (c.weights.length < concepts.length) {
      const grown = new Float64Array(concepts.length);
      grown.set(c.weights);
      c.weights = grown;
    }
  }
  return { categories, allFrames };
}

function compileFrame(frame: FrameSpec, category: number, conceptOf: (id: string) => number): CompiledFrame {
  const near = frame.near.map((slot) => Int32Array.from(slotList(slot).map(conceptOf)));
  const withSlots = (frame.with ?? []).map((slot) => Int32Array.from(slotList(slot).map(conceptOf)));
  const first = near[0] ?? withSlots[0];
  if (!first) throw new Error(`frame ${frame.id} has no slot`);
  return { id: frame.id, category, weight: frame.weight, near, with: withSlots, window: frame.window ?? 10, first };
}
