/**
 * Compiles lexicons into one Aho-Corasick automaton per view, and matches a view with word boundaries that
 * understand Arabic clitics (و ف ب ل ك ال وال بال لل فال … / ه ها هم كم ات ين ون ي ك نا).
 */
import { foldConfusables } from '../text/confusables.js';
import { normalize } from '../text/normalize.js';
import { AhoCorasick } from './_matcher.js';
import { arabicSkeleton } from './_arabizi.js';
import { isArabicLetter, isLatinOrDigit, type View } from './_views.js';
import type { ContentCategory, LexiconLanguage } from './lexicons/types.js';

export interface TermEntry {
  category: ContentCategory;
  language: LexiconLanguage;
  /** The term as written in the lexicon. */
  term: string;
  weight: number;
  tag?: string;
}

interface CompiledPattern {
  text: string;
  /** Each entry with its normalised term. */
  entries: Array<{ entry: TermEntry; key: string }>;
  /** The pattern's `ه` was turned into `ت` and needs a suffix (`جايزه` → `جايزتك`). */
  requireSuffix: boolean;
}

export interface ViewMatcher {
  automaton: AhoCorasick;
  patterns: CompiledPattern[];
}

export interface CompiledLexicons {
  plain: ViewMatcher;
  deobfuscated: ViewMatcher;
  arabizi: ViewMatcher;
  termCount: number;
}

export interface LexiconHit {
  entry: TermEntry;
  /** The normalised term (the same term in two views or two spellings counts once). */
  key: string;
  span: [number, number];
  view: View['name'];
}

const AR_PREFIXES = new Set([
  '',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'وال',
  'بال',
  'لل',
  'فال',
  'كال',
  'ولل',
  'وب',
  'ول',
  'فب',
  'فل',
  'وبال',
]);
const AR_SUFFIXES = new Set([
  '',
  'ه',
  'ها',
  'هم',
  'هن',
  'كم',
  'ات',
  'ين',
  'ون',
  'ي',
  'ك',
  'نا',
  'تي',
  'تك',
  'ته',
  'ان',
  'يه',
  'اتك',
  'اتها',
]);
const SKELETON_PREFIXES = new Set(['', 'ل', 'ب', 'ف', 'ك', 'بل', 'فل', 'كل']);
const SKELETON_SUFFIXES = new Set(['', 'ك', 'كم', 'ن', 'هم', 'ت', 'ه']);
const MAX_CLITIC = 4;

const ARABIC = /[\u0620-\u064a]/;
const LATIN = /[a-z]/;

class MatcherBuilder {
  private readonly index = new Map<string, CompiledPattern>();
  add(text: string, key: string, entry: TermEntry, requireSuffix = false): void {
    if (text.length === 0) return;
    const indexKey = `${requireSuffix ? '+' : ''}${text}`;
    let pattern = this.index.get(indexKey);
    if (!pattern) {
      pattern = { text, entries: [], requireSuffix };
      this.index.set(indexKey, pattern);
    }
    pattern.entries.push({ entry, key });
  }
  build(): ViewMatcher {
    const patterns = [...this.index.values()];
    return { automaton: new AhoCorasick(patterns.map((p) => p.text)), patterns };
  }
}

/** Normalised form of a lexicon term (the same pipeline as the text). */
export function normalizeTerm(term: string): string {
  return normalize(term).text.trim();
}

function skeletonOf(normalized: string): string | null {
  if (LATIN.test(normalized) || /\d/.test(normalized)) return null;
  const words = normalized
    .split(' ')
    .map((word) => arabicSkeleton(word.startsWith('ال') && word.length > 3 ? word.slice(2) : word));
  if (words.some((w) => w.length === 0)) return null;
  const skeleton = words.join(' ');
  return skeleton.replace(/ /g, '').length >= 3 ? skeleton : null;
}

export function compileLexicons(entries: readonly TermEntry[]): CompiledLexicons {
  const plain = new MatcherBuilder();
  const deobfuscated = new MatcherBuilder();
  const arabizi = new MatcherBuilder();
  for (const entry of entries) {
    const text = normalizeTerm(entry.term);
    // Very short Latin terms (`xx` after run folding) match too much of ordinary text.
    if (text.length < (ARABIC.test(text) ? 2 : 3)) continue;
    plain.add(text, text, entry);
    deobfuscated.add(foldConfusables(text), text, entry);
    if (ARABIC.test(text) && text.endsWith('ه') && text.length > 2) {
      const stem = `${text.slice(0, -1)}ت`;
      plain.add(stem, text, entry, true);
      deobfuscated.add(stem, text, entry, true);
      // Feminine plural: ة → ات (مراهنة → مراهنات).
      const plural = `${text.slice(0, -1)}ات`;
      plain.add(plural, text, entry);
      deobfuscated.add(plural, text, entry);
    }
    if (entry.language === 'ar') {
      const skeleton = skeletonOf(text);
      if (skeleton) arabizi.add(skeleton, text, entry);
    }
  }
  return {
    plain: plain.build(),
    deobfuscated: deobfuscated.build(),
    arabizi: arabizi.build(),
    termCount: entries.length,
  };
}

function joinedAt(view: View, i: number): boolean {
  return view.joined !== undefined && view.joined[i] === 1;
}

/** Checks word boundaries around `[start, end)`; returns the end to report (or -1 when it fails). */
function bounded(view: View, pattern: CompiledPattern, start: number, end: number): number {
  const text = view.text;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  // Left side.
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (isArabicLetter(first)) {
      if (isArabicLetter(before) && !(joinedAt(view, start) && joinedAt(view, start - 1))) {
        let k = start - 1;
        while (k > 0 && start - k < MAX_CLITIC && isArabicLetter(text.charCodeAt(k - 1))) k--;
        if (k > 0 && isArabicLetter(text.charCodeAt(k - 1))) return -1;
        if (!AR_PREFIXES.has(text.slice(k, start))) return -1;
      }
    } else if (
      isLatinOrDigit(first) &&
      isLatinOrDigit(before) &&
      !(joinedAt(view, start) && joinedAt(view, start - 1))
    ) {
      return -1;
    }
  }
  // Right side.
  if (isArabicLetter(last)) {
    let k = end;
    while (k < text.length && k - end <= MAX_CLITIC && isArabicLetter(text.charCodeAt(k))) k++;
    const suffix = text.slice(end, k);
    const joined = k > end && joinedAt(view, end) && joinedAt(view, end - 1);
    if (!joined) {
      if (k - end > MAX_CLITIC || !AR_SUFFIXES.has(suffix)) return -1;
      if (pattern.requireSuffix && suffix.length === 0) return -1;
    }
    return end;
  }
  if (pattern.requireSuffix) return -1;
  // Contractions: `won` must not match `won't`.
  const next = text[end];
  if ((next === "'" || next === '’') && isLatinOrDigit(last) && /[a-z]/.test(text[end + 1] ?? '')) return -1;
  if (end < text.length && isLatinOrDigit(last) && isLatinOrDigit(text.charCodeAt(end))) {
    if (joinedAt(view, end) && joinedAt(view, end - 1)) return end;
    // English plural: `pills` for `pill`.
    const after = text.charCodeAt(end + 1);
    if (text[end] === 's' && (end + 1 >= text.length || !isLatinOrDigit(after)) && !joinedAt(view, end)) return end + 1;
    return -1;
  }
  return end;
}

function skeletonBounded(view: View, start: number, end: number): boolean {
  const text = view.text;
  let k = start;
  while (k > 0 && start - k < 3 && isArabicLetter(text.charCodeAt(k - 1))) k--;
  if (k > 0 && isArabicLetter(text.charCodeAt(k - 1))) return false;
  if (!SKELETON_PREFIXES.has(text.slice(k, start))) return false;
  let j = end;
  while (j < text.length && j - end < 3 && isArabicLetter(text.charCodeAt(j))) j++;
  if (j < text.length && isArabicLetter(text.charCodeAt(j))) return false;
  return SKELETON_SUFFIXES.has(text.slice(end, j));
}

/**
 * Short consonant skeletons collide with ordinary Latin words (`bukra` ~ «بوكر»): an Arabizi-view hit needs a
 * digit letter in its words (`7ashish`) or a skeleton of at least five consonants.
 */
function trustedSkeleton(view: View, start: number, end: number): boolean {
  // Every word of the hit needs a digit letter or four consonants, unless the whole hit has five.
  let consonants = 0;
  let wordConsonants = 0;
  let wordDigit = false;
  let allWordsTrusted = true;
  for (let i = start; i <= end; i++) {
    if (i === end || view.text[i] === ' ') {
      if (!wordDigit && wordConsonants < 4) allWordsTrusted = false;
      wordConsonants = 0;
      wordDigit = false;
      continue;
    }
    consonants++;
    wordConsonants++;
    if (view.joined?.[i] === 1) wordDigit = true;
  }
  return allWordsTrusted || consonants >= 5;
}

/** All bounded lexicon hits in one view. */
export function matchView(view: View, matcher: ViewMatcher, out: LexiconHit[], limit = 2_000): void {
  if (matcher.patterns.length === 0) return;
  matcher.automaton.scan(view.text, (hit) => {
    if (out.length >= limit) return;
    const pattern = matcher.patterns[hit.pattern]!;
    let end: number;
    if (view.name === 'arabizi')
      end = skeletonBounded(view, hit.start, hit.end) && trustedSkeleton(view, hit.start, hit.end) ? hit.end : -1;
    else end = bounded(view, pattern, hit.start, hit.end);
    if (end < 0) return;
    const span: [number, number] = [view.starts[hit.start]!, view.ends[end - 1]!];
    for (const { entry, key } of pattern.entries) out.push({ entry, key, span, view: view.name });
  });
}
