/** Internal shapes of the content engine: category specs, hits, signals. */
import type { ContentCategory } from './lexicons/types.js';

/** A bounded structural pattern: a regex run over the normalised (and the de-obfuscated) text. */
export interface PatternSpec {
  /** Sub-rule name, e.g. `send-code`. */
  id: string;
  weight: number;
  /** Signal it raises for combined rules (default: the id). */
  signal?: string;
  /** Must carry the `g` flag; written without nested quantifiers over overlapping classes. */
  regex: RegExp;
}

/** A combined rule: fires when every signal in `all` is present (and at least `min` of `any`). */
export interface ComboSpec {
  id: string;
  weight: number;
  all: readonly string[];
  any?: readonly string[];
  /** How many of `any` must be present (default 1). */
  min?: number;
  /** Signals that, when present, stop the combo (legitimate look-alikes). */
  unless?: readonly string[];
}

/** Everything that is specific to one category. */
export interface CategorySpec {
  category: ContentCategory;
  /** Policy clause, e.g. `policy P9a`. */
  source: string;
  /** Score at which the category is reported for review. */
  reviewAt: number;
  /** Score at which it is denied. */
  denyAt: number;
  /** Highest score the category can reach. */
  cap: number;
  /** Weight of the extra hit added when a term was found only in the de-obfuscated view. */
  obfuscationWeight: number;
  patterns: readonly PatternSpec[];
  combos: readonly ComboSpec[];
  /** Signals of legitimate look-alikes (a scam warning, an awareness campaign) that switch off every positive combo. */
  suppressedBy?: readonly string[];
  /**
   * More specific categories this one gives way to: it is left out of the report when one of them scores at
   * least as much (a parcel-fee phishing message is not also reported as generic fraud).
   */
  yieldsTo?: readonly ContentCategory[];
  /** Categories this one gives way to whenever they are denied, whatever the scores. */
  yieldsToDenied?: readonly ContentCategory[];
  /** Shared signals this category scores, e.g. `{ 'lookalike-domain': 7, 'enforcement-news': -6 }`. */
  signalWeights?: Readonly<Record<string, number>>;
}

/** One scored piece of evidence. */
export interface ContentHit {
  /** Sub-rule name: `lexicon:en`, `pattern:send-code`, `combo:credential+link`, `link:shortener`, `obfuscated`… */
  ruleId: string;
  /** Half-open span in the original text. */
  span: [number, number];
  weight: number;
  term?: string;
}
