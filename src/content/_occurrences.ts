/**
 * Concept occurrences: the automaton's matches in each view, kept when they sit on word boundaries (with Arabic
 * clitics and Latin endings), mapped to the original text and to the word they start at, deduplicated across
 * views. Stored in reusable typed arrays; a hostile text cannot make the list grow past `MAX_OCCURRENCES`.
 */
import { type SkeletonView, skeletonIsSpecific } from '../text/arabizi.js';
import { scanUnits } from '../text/automaton.js';
import type { ScannedText } from '../text/scan.js';
import { FLAG_ARABIC, SCRIPT_ARABIC, SCRIPT_NONE, unitScript } from '../text/scan.js';
import {
  type CompiledLexicon,
  type ViewAutomaton,
  MODE_EXACT,
  MODE_PREFIX,
  VIEW_DEOBFUSCATED,
  VIEW_MAIN,
  VIEW_SKELETON,
} from './_compile.js';

export const MAX_OCCURRENCES = 512;

const AR_PREFIXES = new Set([
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'س',
  'ال',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'فك',
  'وس',
  'فس',
  'وبال',
  'وكال',
  'فبال',
]);
/** Verb prefixes (imperfect and future: يربح، بتربح، رح نربح، هتربح); only before terms of three letters or more. */
const AR_VERB_PREFIXES = new Set([
  'ي',
  'ت',
  'ن',
  'ا',
  'بي',
  'بت',
  'بن',
  'با',
  'ح',
  'هت',
  'هي',
  'وي',
  'وت',
  'فت',
  'في',
  'ست',
  'سي',
  'سن',
]);
const AR_SUFFIXES = new Set([
  'ه',
  'ها',
  'هم',
  'هن',
  'هما',
  'ك',
  'كم',
  'كن',
  'كما',
  'ي',
  'ني',
  'نا',
  'ات',
  'ان',
  'ين',
  'ون',
  'وا',
  'يه',
  'ه',
  'تك',
  'تكم',
  'ته',
  'تها',
  'تي',
  'تنا',
  'اتك',
  'اتكم',
  'اتها',
  'اته',
  'اتنا',
  'يا',
  'كي',
  'لك',
  'لي',
  'له',
  'لها',
  'لنا',
  'لكم',
  'ش',
]);
const POSSESSIVE = new Set(['ك', 'كم', 'كن', 'ي', 'ه', 'ها', 'هم', 'نا', 'كي']);
/**
 * Arabizi pronoun suffixes (`7esabak`, `bita2tek`, `ra9mi`); for words also feminine and plural endings
 * (`mawqoofeh`, `mawqoofeen`).
 */
const ARABIZI_POSSESSIVE = new Set([
  'ak',
  'ek',
  'ik',
  'k',
  'ki',
  'kom',
  'kum',
  'kon',
  'na',
  'ha',
  'hom',
  'hum',
  'o',
  'ou',
  'i',
  'y',
  'ni',
  'ny',
]);
const ARABIZI_SUFFIXES = new Set([
  ...ARABIZI_POSSESSIVE,
  'a',
  'e',
  'ah',
  'eh',
  'et',
  'at',
  'it',
  'aat',
  'een',
  'in',
  'iin',
  'oon',
  'un',
]);
const LATIN_SUFFIXES_LONG = new Set(['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ings', 'ly', 'ment']);
const LATIN_SUFFIXES_SHORT = new Set(['s']);
const SPACE = 0x20;

/** The occurrences of one classification. */
export class Occurrences {
  readonly concept = new Int32Array(MAX_OCCURRENCES);
  /** First and last word of the main view the occurrence covers. */
  readonly token = new Int32Array(MAX_OCCURRENCES);
  readonly tokenEnd = new Int32Array(MAX_OCCURRENCES);
  readonly start = new Int32Array(MAX_OCCURRENCES);
  readonly end = new Int32Array(MAX_OCCURRENCES);
  readonly view = new Uint8Array(MAX_OCCURRENCES);
  /** Term index, or -1 for channel and derived concepts. */
  readonly term = new Int32Array(MAX_OCCURRENCES);
  size = 0;

  reset(): void {
    this.size = 0;
  }

  /** Adds one, or widens an overlapping occurrence of the same concept. */
  add(concept: number, token: number, tokenEnd: number, start: number, end: number, view: number, term: number): void {
    for (let k = 0; k < this.size; k++) {
      if (this.concept[k] !== concept) continue;
      if (start < this.end[k]! && end > this.start[k]!) {
        if (start < this.start[k]!) {
          this.start[k] = start;
          this.token[k] = token;
        }
        if (end > this.end[k]!) {
          this.end[k] = end;
          this.tokenEnd[k] = tokenEnd;
        }
        if (view === VIEW_MAIN) this.view[k] = VIEW_MAIN;
        return;
      }
    }
    if (this.size === MAX_OCCURRENCES) return;
    const k = this.size++;
    this.concept[k] = concept;
    this.token[k] = token;
    this.tokenEnd[k] = tokenEnd;
    this.start[k] = start;
    this.end[k] = end;
    this.view[k] = view;
    this.term[k] = term;
  }
}

function unitsText(units: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(units[i]!);
  return out;
}

/** Index of the word of `view` that contains unit `unit` (the last word starting at or before it). */
export function tokenAt(view: ScannedText, unit: number): number {
  let lo = 0;
  let hi = view.tokenCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (view.tokenStarts[mid]! <= unit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the word of the main view at an original offset. */
export function tokenAtOriginal(main: ScannedText, offset: number): number {
  let lo = 0;
  let hi = main.tokenCount - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (main.starts[main.tokenStarts[mid]!]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a match `[start, end)` of pattern `p` in `view` sits on word boundaries. */
function accepted(lexicon: CompiledLexicon, p: number, view: ScannedText, start: number, end: number): boolean {
  const info = lexicon.patterns[p]!;
  const units = view.units;
  const before = units[start - 1]!;
  if (before !== SPACE && !info.spaced) {
    if (info.mode === MODE_EXACT || !info.arabic || unitScript(units[start]!) !== SCRIPT_ARABIC) return false;
    // Two-letter words take no clitics: «رد» is not «ورد».
    if (lexicon.patternLengths[p]! <= 2) return false;
    let wordStart = start - 1;
    while (wordStart > 0 && units[wordStart - 1] !== SPACE && start - wordStart <= 4) wordStart--;
    if (units[wordStart - 1] !== SPACE) return false;
    const prefix = unitsText(units, wordStart, start);
    if (!AR_PREFIXES.has(prefix) && !(AR_VERB_PREFIXES.has(prefix) && lexicon.patternLengths[p]! >= 3)) return false;
  }
  const after = units[end]!;
  if (after === SPACE || unitScript(after) === SCRIPT_NONE) return !info.requireSuffix;
  if (info.mode === MODE_PREFIX) return true;
  if (info.mode === MODE_EXACT) return false;
  let wordEnd = end;
  while (wordEnd < view.length && units[wordEnd] !== SPACE && wordEnd - end <= 5) wordEnd++;
  if (units[wordEnd] !== SPACE) return false;
  const suffix = unitsText(units, end, wordEnd);
  if (info.requireSuffix) return (info.arabic ? POSSESSIVE : ARABIZI_POSSESSIVE).has(suffix);
  if (info.arabic) return AR_SUFFIXES.has(suffix);
  const length = lexicon.patternLengths[p]! - info.spaced;
  if (length <= 2) return false;
  if (info.arabizi && length >= 4 && ARABIZI_SUFFIXES.has(suffix)) return true;
  return (length >= 4 ? LATIN_SUFFIXES_LONG : LATIN_SUFFIXES_SHORT).has(suffix);
}

/** Matches one view and adds its occurrences (`main` maps offsets to words). */
export function matchView(
  lexicon: CompiledLexicon,
  view: ScannedText,
  viewBit: number,
  main: ScannedText,
  out: Occurrences,
): void {
  const skeleton = viewBit === VIEW_SKELETON ? (view as SkeletonView) : null;
  if (skeleton) {
    matchWith(lexicon, lexicon.skeletonAutomaton, view, viewBit, main, out, skeleton);
    return;
  }
  matchWith(lexicon, lexicon.automaton, view, viewBit, main, out, null);
  if (main.flags & FLAG_ARABIC) matchWith(lexicon, lexicon.arabicAutomaton, view, viewBit, main, out, null);
}

function matchWith(
  lexicon: CompiledLexicon,
  { automaton, pattern }: ViewAutomaton,
  view: ScannedText,
  viewBit: number,
  main: ScannedText,
  out: Occurrences,
  skeleton: SkeletonView | null,
): void {
  const { patterns, patternLengths } = lexicon;
  scanUnits(automaton, view.units, 0, view.length, (local, matchEnd) => {
    const p = pattern[local]!;
    const info = patterns[p]!;
    if (!(info.views & viewBit)) return;
    const start = matchEnd - patternLengths[p]! + (info.spaced ? 1 : 0);
    const end = info.spaced === 2 ? matchEnd - 1 : matchEnd;
    if (skeleton) {
      let digit = false;
      for (let i = start; i < end; i++) if (skeleton.letterDigit[i]) digit = true;
      if (!skeletonIsSpecific(info.skeleton ?? '', digit)) return;
    } else if (!accepted(lexicon, p, view, start, end)) return;
    // A match accepted with a suffix (`bita2t` + `kom`, «بطاقت» + «ك») is shown as the whole word it is in.
    let last = end;
    if (!skeleton) {
      const units = view.units;
      while (last < view.length && last - end < 6 && units[last] !== SPACE && unitScript(units[last]!) !== SCRIPT_NONE)
        last++;
    }
    const originalStart = view.starts[start]!;
    const originalEnd = view.ends[last - 1]!;
    const main_ = viewBit === VIEW_MAIN;
    const token = main_ ? tokenAt(view, start) : tokenAtOriginal(main, originalStart);
    const tokenEnd = main_ ? tokenAt(view, end - 1) : tokenAtOriginal(main, originalEnd - 1);
    out.add(info.concept, token, tokenEnd, originalStart, originalEnd, viewBit, info.term);
  });
}

export { VIEW_DEOBFUSCATED, VIEW_MAIN, VIEW_SKELETON };
