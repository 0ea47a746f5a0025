/**
 * A small phrase matcher over normalised text (obscenity-style: data → normaliser → matcher, spans
 * mapped back to the original). Terms are written in natural spelling and normalised with the same
 * normaliser as the text, so "لإلغاء" in the data matches «للإلغاء» or «لِإِلْغَاءِ» in a message.
 * Patterns are bounded alternations with look-arounds: no nested quantifiers, linear on hostile text.
 */
import { normalize, toOriginalSpan } from '../text/normalize.js';
import { memoizeByString } from '../core/_memo.js';

export interface PatternSpec {
  id: string;
  weight: number;
  /** Regular-expression source over NORMALISED text (lowercase, folded Arabic, ASCII digits). */
  source: string;
}

export interface MatchHit {
  id: string;
  weight: number;
  /** Half-open span in the original text. */
  span: [number, number];
  /** The normalised text matched. */
  term: string;
}

const ARABIC = /[\u0600-\u06FF]/;
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

const escapeRegExp = (text: string) => text.replace(SPECIAL, '\\$&');
/** Normalises a data term the way message text is normalised. */
export const normalizeTerm = (term: string) => normalize(term).text.trim();

/** An alternation of normalised, escaped terms, longest first. */
export function alternation(terms: readonly string[]): string {
  const unique = [...new Set(terms.map(normalizeTerm).filter((t) => t.length > 0))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map(escapeRegExp).join('|');
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Whole-word pattern for a term list. Arabic terms may carry a conjunction, a preposition and the
 * article in front (و ف ب ل ك ال) and up to three letters of suffix; Latin terms an optional plural.
 */
export function wordsPattern(terms: readonly string[], arabicAffixes = true): string {
  const arabic = terms.filter((t) => ARABIC.test(t));
  const latin = terms.filter((t) => !ARABIC.test(t));
  const parts: string[] = [];
  if (latin.length > 0) parts.push(`${BEFORE}(?:${alternation(latin)})(?:e?s)?${AFTER}`);
  if (arabic.length > 0) {
    parts.push(
      arabicAffixes
        ? `${BEFORE}[وف]?[بلك]?(?:ال)?(?:${alternation(arabic)})[\\u0621-\\u064A]{0,3}${AFTER}`
        : `${BEFORE}[وف]?(?:${alternation(arabic)})${AFTER}`,
    );
  }
  return parts.join('|');
}

const MAX_HITS_PER_PATTERN = 20;

/** Compiles patterns once; the returned function finds every hit in a text. */
// One template goes to many recipients: remember the hits of recent texts (hits are never mutated).
const MATCH_CACHE_SIZE = 256;

export function compileMatcher(specs: readonly PatternSpec[]): (text: string) => MatchHit[] {
  const compiled = specs.map((spec) => ({ spec, regex: new RegExp(spec.source, 'gu') }));
  return memoizeByString(matchAll, MATCH_CACHE_SIZE);

  function matchAll(text: string): MatchHit[] {
    const normalized = normalize(text);
    const hits: MatchHit[] = [];
    for (const { spec, regex } of compiled) {
      regex.lastIndex = 0;
      let count = 0;
      for (let match = regex.exec(normalized.text); match; match = regex.exec(normalized.text)) {
        if (match[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const span = toOriginalSpan(normalized, [match.index, match.index + match[0].length]);
        hits.push({ id: spec.id, weight: spec.weight, span, term: match[0] });
        if (++count >= MAX_HITS_PER_PATTERN) break;
      }
    }
    return hits.sort((a, b) => a.span[0] - b.span[0]);
  }
}
