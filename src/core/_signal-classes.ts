/**
 * Content classes a country restricts beyond the shared content categories (alcohol, loans, political,
 * religious …), detected from a small lexicon per class: a strong term alone makes the class (weight 2), a
 * weak term needs company (1), neutral phrases cancel the words inside them. Data comes from each pack; the
 * matching is the core phrase matcher (interim here until the text toolkit takes it).
 */
import { z } from 'zod';
import { dropOverlaps, type MatchHit, type PatternSpec, type PhrasePatterns } from './_phrase-matcher.js';

export interface SignalClassTerms {
  strong: { en: readonly string[]; ar: readonly string[] };
  weak: { en: readonly string[]; ar: readonly string[] };
  neutral: readonly string[];
}

const terms = z.array(z.string().min(1).max(80)).max(2000);

/** Zod schema of one class's terms. */
export const signalClassTermsSchema = z.object({
  strong: z.object({ en: terms, ar: terms }),
  weak: z.object({ en: terms, ar: terms }),
  neutral: terms,
});

const THRESHOLD = 2;

export interface SignalClassResult {
  /** Classes at or above the threshold, in lexicon order. */
  found: string[];
  /** Their positive hits (longest phrase wins where hits overlap), in text order. */
  hits: Array<MatchHit & { className: string }>;
}

/**
 * Compiles the lexicon of the given classes once; the returned function scores a text.
 *
 * @example
 * const classify = compileSignalClasses({ alcohol: { strong: { en: ['beer'], ar: ['بيرة'] }, weak: { en: [], ar: [] }, neutral: [] } }, ['alcohol'], phrases);
 * classify('Two beers for 30 AED').found; // ['alcohol']
 */
export function compileSignalClasses(
  lexicon: Readonly<Record<string, SignalClassTerms>>,
  classes: readonly string[],
  phrases: PhrasePatterns,
): (text: string) => SignalClassResult {
  const specs: PatternSpec[] = classes.flatMap((name) => {
    const data = lexicon[name]!;
    return [
      { id: `${name}:neutral`, weight: 0, source: phrases.wordsPattern(data.neutral, false) },
      { id: `${name}:strong`, weight: 2, source: phrases.wordsPattern([...data.strong.en, ...data.strong.ar]) },
      { id: `${name}:weak`, weight: 1, source: phrases.wordsPattern([...data.weak.en, ...data.weak.ar]) },
    ];
  });
  const match = phrases.compile(specs);
  return (text) => {
    const hits = dropOverlaps(match(text))
      .filter((hit) => hit.weight > 0)
      .map((hit) => ({ ...hit, className: hit.id.slice(0, hit.id.indexOf(':')) }));
    const scores = new Map<string, number>();
    for (const hit of hits) scores.set(hit.className, (scores.get(hit.className) ?? 0) + hit.weight);
    const found = classes.filter((name) => (scores.get(name) ?? 0) >= THRESHOLD);
    return { found, hits: hits.filter((hit) => found.includes(hit.className)) };
  };
}
