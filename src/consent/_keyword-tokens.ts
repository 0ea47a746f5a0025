/** Keyword tokens: the canonical forms an inbound word is compared in (leet, look-alike letters, Arabizi skeletons, one-typo tolerance), Arabizi and Arabic opt-out stems, and the tokeniser that joins spelled-out words. */
import { HOMOGLYPHS } from '../text/confusables.js';
import { normalize } from '../text/normalize.js';
import { escapeRegExp } from '../core/regex.js';
import { type KeywordLanguage, OPT_OUT_STEMS } from './data/keywords.js';

export const MAX_INPUT = 4_000;
export const LANGUAGES: readonly KeywordLanguage[] = ['en', 'ar', 'arabizi'];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a' };

// Cyrillic and Greek letters that look Latin, for mixed-script tokens (`sTоP` with a Cyrillic о): the text
// toolkit's table, the one content matching folds with too.
const CONFUSABLE: Readonly<Record<string, string>> = HOMOGLYPHS;
const CONFUSABLE_CLASS = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');

/** Letter runs to one letter, apostrophes dropped: the form every comparison uses. */
export function canonical(token: string): string {
  let out = '';
  let last = '';
  for (const ch of token) {
    if (ch === "'" || ch === '’') continue;
    if (ch === last && /\p{L}/u.test(ch)) continue;
    out += ch;
    last = ch;
  }
  return out;
}

export function canonicalEntry(entry: string): string[] {
  return tokenize(normalize(entry).text).map((token) => canonical(token.text));
}

/**
 * Arabizi has no fixed spelling: vowels come and go (`eshtrak`, `ishtirak`, `eshterak`; `mosa3ade`,
 * `musa3ada`). Its consonant skeleton (`az:shtrk`, `az:ms3d`) is compared as one more form. Only entries of
 * the Arabizi lists get skeleton keys, and only longer words, so English words cannot collide with them.
 */
export function arabiziSkeleton(token: string): string | null {
  if (token.length < 5 || !/^[a-z0-9']+$/.test(token)) return null;
  let skeleton = '';
  for (const ch of token.replace(/['’]/g, '')) {
    if ('aeiou'.includes(ch)) continue;
    if (skeleton.endsWith(ch)) continue;
    skeleton += ch;
  }
  return skeleton.length >= 3 ? `az:${skeleton}` : null;
}

/** An entry's tokens in skeleton form when every token has one; else null. */
export function skeletonEntry(tokens: string[]): string[] | null {
  const skeletons = tokens.map(arabiziSkeleton);
  return skeletons.every((sk) => sk !== null) ? (skeletons as string[]) : null;
}

// Long Latin opt-out words that tolerate one typo (edit or adjacent swap).
const FUZZY_WORDS = ['unsubscribe', 'stopall', 'optout'];

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The forms an input token is compared in. */
export function formsOf(token: string): string[] {
  const unconfused = /[a-z]/.test(token) ? token.replace(CONFUSABLE_CLASS, (ch) => CONFUSABLE[ch] ?? ch) : token;
  const base = canonical(unconfused);
  const forms = [base];
  if (/[a-z]/.test(base) && /[0-9$@]/.test(base)) {
    const leet = canonical(base.replace(/[0-9$@]/g, (ch) => LEET[ch] ?? ch));
    if (leet !== base) forms.push(leet);
  }
  // Arabizi doubles a digit-letter for a geminate (`wa22ef`): compare with digit runs collapsed too.
  if (/[a-z]/.test(base) && /(\d)\1/.test(base)) forms.push(base.replace(/(\d)\1+/g, '$1'));
  // A leading Arabic «و» ("and") glued to a command; «هال»/«بال» (this-the, with-the) before a noun.
  if (base.length > 4 && base.startsWith('و')) forms.push(base.slice(1));
  if (base.length > 5 && (base.startsWith('هال') || base.startsWith('بال'))) forms.push(base.slice(1));
  const skeleton = arabiziSkeleton(base);
  if (skeleton) forms.push(skeleton);
  // One typo in a long command word (`unsubcribe`, `unsuscribe`).
  if (base.length >= 6 && /^[a-z]+$/.test(base)) {
    for (const word of FUZZY_WORDS) if (word !== base && withinOneEdit(base, word)) forms.push(word);
  }
  return forms;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  forms: string[];
  /** 2: a strong opt-out verb stem (a command by itself), 1: a stem that needs a message noun, 0: none. */
  stem?: 0 | 1 | 2;
}

// Arabizi verbs take a short prefix (e-, i-, 2-, b-, t-, y-, ma-, la- ...) and a short suffix (-o, -uli, -ni).
const stemPattern = (stems: readonly string[]) =>
  new RegExp(`^(?:e|i|2|b|t|y|n|a|bi|bt|ew|ma|mat|la|2e|2i)?(?:${stems.map(escapeRegExp).join('|')})[a-z0-9']{0,5}$`);
const ARABIZI_STRONG = stemPattern(OPT_OUT_STEMS.arabizi.strong);
const ARABIZI_WEAK = stemPattern(OPT_OUT_STEMS.arabizi.weak);
const ARABIC_STEM = new RegExp(
  `^(?:و|ف)?(?:ا|ت|ي|ن|س)?(?:${OPT_OUT_STEMS.ar.map(escapeRegExp).join('|')})[\u0621-\u064a]{0,4}$`,
);

function stemOf(token: string, forms: string[]): 0 | 1 | 2 {
  const candidates = [token, ...forms];
  if (/[a-z]/.test(token)) {
    if (candidates.some((form) => ARABIZI_STRONG.test(form))) return 2;
    return candidates.some((form) => ARABIZI_WEAK.test(form)) ? 1 : 0;
  }
  // A final «ت» is a past tense ("it stopped", «توقفت الخدمة»): a report, not a request.
  return candidates.some((form) => ARABIC_STEM.test(form) && !form.endsWith('ت')) ? 1 : 0;
}

// Letters, digits, `$` and `@`; an apostrophe only between two of them (don't, can't).
const TOKEN = /[\p{L}\p{N}$@]+(?:['’][\p{L}\p{N}$@]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, forms: [] });
  }
  return tokens;
}

/** Joins runs of 3+ one-letter tokens (`s t o p`, `S.T.O.P`, «س ت و ب»). */
export function joinSpelled(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j]!.text.length === 1 && /\p{L}/u.test(tokens[j]!.text)) j++;
    if (j - i >= 3) {
      const text = tokens
        .slice(i, j)
        .map((t) => t.text)
        .join('');
      out.push({ text, start: tokens[i]!.start, end: tokens[j - 1]!.end, forms: [] });
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  for (const token of out) {
    token.forms = formsOf(token.text);
    token.stem = stemOf(token.text, token.forms);
  }
  return out;
}
