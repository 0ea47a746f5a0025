/**
 * The three views the matcher scans, each with its own offset map straight into the ORIGINAL text:
 *
 * - `plain`: the normalised text as it is;
 * - `deobfuscated`: leet digits/symbols and Cyrillic/Greek look-alikes folded, and single-letter runs joined
 *   (`f r e e`, `v.i.a.g.r.a`, `ك و ك ا ي ي ن`); absent when it would equal `plain`;
 * - `joined`: for Arabizi only, single-letter runs joined without folding digits (`r a m z` → `ramz`);
 * - `arabizi`: Latin words transliterated to an Arabic consonant skeleton (`7ashish` → `هشش`), so Arabic
 *   lexicon terms (skeletonised the same way) match Arabic written in Latin letters.
 */
import { foldConfusables, LEET } from '../text/confusables.js';
import { type NormalizedText, normalize } from '../text/normalize.js';
import { arabiziView } from './_arabizi.js';
import { isArabicLetter, isWordCode, toText } from './_chars.js';

export { isArabicLetter, isLatinOrDigit, isWordCode } from './_chars.js';

export interface View {
  readonly name: 'plain' | 'deobfuscated' | 'joined' | 'arabizi';
  readonly text: string;
  /** Original start of view unit `i`. */
  readonly starts: Uint32Array;
  /** Original end (exclusive) of view unit `i`. */
  readonly ends: Uint32Array /** `deobfuscated`: 1 where the unit came from a joined single-letter run; `arabizi`: 1 where its word has a digit letter. */;
  readonly joined?: Uint8Array;
}

export function plainView(normalized: NormalizedText): View {
  return { name: 'plain', text: normalized.text, starts: normalized.starts, ends: normalized.ends };
}

const SEPARATORS = new Set([' ', '.', '-', '_', '*', '·', ',', '/', '|', '+', '~', "'", '"', '•']);
const MAX_SEPARATOR_RUN = 3;
const MIN_JOINED_LETTERS = 3;

function isLetterCode(code: number): boolean {
  return isWordCode(code) && !(code >= 0x30 && code <= 0x39) && !(code >= 0x0660 && code <= 0x0669);
}

const LEET_CODES = new Map<number, number>(
  Object.entries(LEET).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const SEPARATOR_CODES = new Set([...SEPARATORS].map((ch) => ch.charCodeAt(0)));

/** A lone letter (or leet digit/symbol standing for one) with no word character on either side; 0 when none. */
function loneAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  const letter = isLetterCode(code) ? code : (LEET_CODES.get(code) ?? 0);
  if (letter === 0) return 0;
  if (i > 0 && isWordCode(text.charCodeAt(i - 1))) return 0;
  if (i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) return 0;
  return letter;
}

/** The de-obfuscated view, or null when folding and joining change nothing. */
export function deobfuscatedView(plain: View, fold = true): View | null {
  const folded = fold ? foldConfusables(plain.text) : plain.text;
  const length = folded.length;
  const codes = new Uint16Array(length);
  const starts = new Uint32Array(length);
  const ends = new Uint32Array(length);
  const joined = new Uint8Array(length);
  let size = 0;
  let changed = folded !== plain.text;
  const runAt: number[] = [];
  const runLetter: number[] = [];
  /** 1 where a space must be kept before the letter (`Y.o.u h.a.v.e`: dots join, the space separates words). */
  const runBreak: number[] = [];
  let i = 0;
  while (i < length) {
    const first = loneAt(folded, i);
    if (first !== 0) {
      // Try to grow a run: letter (separator{1,3} letter)+
      runAt.length = 0;
      runLetter.length = 0;
      runBreak.length = 0;
      runAt.push(i);
      runLetter.push(first);
      runBreak.push(0);
      let joiner = '';
      let j = i + 1;
      for (;;) {
        let k = j;
        while (k < length && k - j < MAX_SEPARATOR_RUN && SEPARATOR_CODES.has(folded.charCodeAt(k))) k++;
        if (k === j) break;
        const next = loneAt(folded, k);
        if (next === 0) break;
        const separator = folded.slice(j, k);
        if (joiner === '') joiner = separator;
        runAt.push(k);
        runLetter.push(next);
        runBreak.push(separator !== joiner && separator.includes(' ') ? 1 : 0);
        j = k + 1;
      }
      if (runAt.length >= MIN_JOINED_LETTERS) {
        for (let r = 0; r < runAt.length; r++) {
          const at = runAt[r]!;
          const letter = runLetter[r]!;
          if (runBreak[r] === 1) {
            codes[size] = 0x20;
            starts[size] = plain.starts[at]!;
            ends[size] = plain.starts[at]!;
            joined[size] = 0;
            size++;
          }
          // Same run limits as normalize: one repeated Arabic letter, two Latin ones.
          const limit = isArabicLetter(letter) ? 1 : 2;
          let run = 0;
          while (run < limit && size - run - 1 >= 0 && codes[size - run - 1] === letter && joined[size - run - 1] === 1)
            run++;
          if (run >= limit) {
            ends[size - 1] = plain.ends[at]!;
            continue;
          }
          codes[size] = letter;
          starts[size] = plain.starts[at]!;
          ends[size] = plain.ends[at]!;
          joined[size] = 1;
          size++;
        }
        changed = true;
        i = runAt[runAt.length - 1]! + 1;
        continue;
      }
    }
    codes[size] = folded.charCodeAt(i);
    starts[size] = plain.starts[i]!;
    ends[size] = plain.ends[i]!;
    size++;
    i++;
  }
  if (!changed) return null;
  return {
    name: fold ? 'deobfuscated' : 'joined',
    text: toText(codes, size),
    starts: starts.slice(0, size),
    ends: ends.slice(0, size),
    joined: joined.slice(0, size),
  };
}

/** All views of a text. */
export function buildViews(text: string, withArabizi: boolean): { normalized: NormalizedText; views: View[] } {
  const normalized = normalize(text);
  const plain = plainView(normalized);
  const views: View[] = [plain];
  const deobfuscated = deobfuscatedView(plain);
  if (deobfuscated) views.push(deobfuscated);
  if (withArabizi) {
    // Arabizi spells with digits, so its letter runs are joined without leet folding (`r a m z`, `2 a t l a k`).
    const joined = deobfuscatedView(plain, false);
    if (joined) views.push(joined);
    const arabizi = arabiziView(joined ?? plain);
    if (arabizi) views.push(arabizi);
  }
  return { normalized, views };
}

/** Maps a half-open view span to the original text. */
export function viewSpan(view: View, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < view.starts.length ? view.starts[start]! : (view.ends[view.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [view.starts[start]!, view.ends[end - 1]!];
}
