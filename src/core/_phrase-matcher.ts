/**
 * A small phrase matcher (obscenity-style: data → normaliser → matcher, spans mapped back to the original).
 * Terms are written in natural spelling and normalised with the same normaliser as the text. Patterns are
 * bounded alternations with look-arounds: no nested quantifiers, linear on hostile text.
 *
 * Interim home: phrase detection belongs in text/, which is being rewritten (issue 11); until it moves,
 * the normaliser is passed in (every caller passes text/normalize), so core stays free of text knowledge.
 */
import { memoizeByString } from './_memo.js';
import { escapeRegExp } from './regex.js';

/** A normaliser: the normalised text and a map from its spans back to the original's. */
export type PhraseNormalizer = (text: string) => { text: string; toOriginal(span: [number, number]): [number, number] };

export interface PatternSpec {
  id: string;
  weight: number;
  /** Regular-expression source over NORMALISED text. */
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
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** The pattern builders of one normaliser. */
export interface PhrasePatterns {
  /** Normalises a data term the way message text is normalised. */
  normalizeTerm(term: string): string;
  /** An alternation of normalised, escaped terms, longest first. */
  alternation(terms: readonly string[]): string;
  /**
   * Whole-word pattern for a term list. Arabic terms may carry a conjunction, a preposition and the article
   * in front (و ف ب ل ك ال) and up to three letters of suffix; Latin terms an optional plural.
   */
  wordsPattern(terms: readonly string[], arabicAffixes?: boolean): string;
  /** Compiles patterns once; the returned function finds every hit in a text (recent texts are cached). */
  compile(specs: readonly PatternSpec[]): (text: string) => MatchHit[];
}

const MAX_HITS_PER_PATTERN = 20;
// One template goes to many recipients: remember the hits of recent texts (hits are never mutated).
const MATCH_CACHE_SIZE = 256;

/**
 * Pattern builders and a compiler bound to a normaliser.
 *
 * @example
 * const phrases = phrasePatterns(myNormalizer);
 * const match = phrases.compile([{ id: 'stop', weight: 1, source: phrases.wordsPattern(['stop']) }]);
 */
export function phrasePatterns(normalizer: PhraseNormalizer): PhrasePatterns {
  const normalizeTerm = (term: string) => normalizer(term).text.trim();
  const alternation = (terms: readonly string[]) => {
    const unique = [...new Set(terms.map(normalizeTerm).filter((t) => t.length > 0))];
    unique.sort((a, b) => b.length - a.length);
    return unique.map(escapeRegExp).join('|');
  };
  const wordsPattern = (terms: readonly string[], arabicAffixes = true) => {
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
  };
  const compile = (specs: readonly PatternSpec[]) => {
    const compiled = specs
      .filter((spec) => spec.source.length > 0)
      .map((spec) => ({ spec, regex: new RegExp(spec.source, 'gu') }));
    return memoizeByString((text: string): MatchHit[] => {
      const normalized = normalizer(text);
      const hits: MatchHit[] = [];
      for (const { spec, regex } of compiled) {
        regex.lastIndex = 0;
        let count = 0;
        for (let match = regex.exec(normalized.text); match; match = regex.exec(normalized.text)) {
          if (match[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          const span = normalized.toOriginal([match.index, match.index + match[0].length]);
          hits.push({ id: spec.id, weight: spec.weight, span, term: match[0] });
          if (++count >= MAX_HITS_PER_PATTERN) break;
        }
      }
      return hits.sort((a, b) => a.span[0] - b.span[0]);
    }, MATCH_CACHE_SIZE);
  };
  return { normalizeTerm, alternation, wordsPattern, compile };
}

/**
 * Keeps the longest of overlapping hits, then the heavier ("special offer" over "offer"), so one phrase
 * counts once.
 */
export function dropOverlaps(hits: readonly MatchHit[]): MatchHit[] {
  const length = (hit: MatchHit) => hit.span[1] - hit.span[0];
  const ordered = [...hits].sort((a, b) => length(b) - length(a) || b.weight - a.weight || a.span[0] - b.span[0]);
  const kept: MatchHit[] = [];
  for (const hit of ordered) {
    if (!kept.some((k) => hit.span[0] < k.span[1] && k.span[0] < hit.span[1])) kept.push(hit);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}
