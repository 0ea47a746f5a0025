/**
 * The core phrase matcher bound to the text toolkit's normaliser (hamza, tashkeel, لل, digits), so terms in
 * natural spelling match every way a message writes them.
 */
import { phrasePatterns } from '../core/_phrase-matcher.js';
import { normalize, toOriginalSpan } from '../text/normalize.js';

export type { MatchHit, PatternSpec } from '../core/_phrase-matcher.js';

export const phrases = phrasePatterns((text) => {
  const normalized = normalize(text);
  return { text: normalized.text, toOriginal: (span) => toOriginalSpan(normalized, span) };
});

export const { alternation, wordsPattern, normalizeTerm } = phrases;
export const compileMatcher = phrases.compile;
