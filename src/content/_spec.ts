/**
 * The shapes of the content engine's data: concept classes (lexicon data), frames (compositions of concepts
 * within a window of words) and category specs. Category files (`src/content/<category>.ts`) and the shared
 * concept files (`src/content/concepts/*.ts`) are written in these shapes; `_compile.ts` turns them into one
 * automaton and typed tables.
 */
import type { ContentCategory } from './lexicons/types.js';

/**
 * A concept class: words and phrases that mean one thing for the classifier ("a card or account", "is blocked",
 * "click or tap"), in Arabic, English and Arabizi.
 *
 * Term syntax (each term is folded like the text: case, diacritics, hamza and alef forms, ة/ه, Persian letters,
 * Arabic-Indic digits):
 * - `word` or `two words`: whole words. Arabic words also match with their clitics (و ف ب ل ك س ال and
 *   combinations before; ه ها هم ك كم نا ي ني ات ين ون وا after; a final ة also as ت before a suffix:
 *   «بطاقة» matches «بطاقتك»). Latin words of four letters or more also match with -s, -es, -ed, -d, -ing,
 *   -er, -ers; shorter ones with -s.
 * - `word*`: the word and any continuation (`verif*` matches verify, verified, verification).
 * - `=word`: exactly this word, no clitics or endings.
 * Arabic and Arabizi terms are also matched in the Arabizi skeleton view (`«حشيش»` ~ `7ashish`), when specific
 * enough.
 */
export interface ConceptSpec {
  id: string;
  description: string;
  /**
   * A negation one or two words before an occurrence cancels it ("no fees", «دون رسوم», "never ask for your
   * PIN", «لا تشارك»), so frames that need the concept do not fire on its denial.
   */
  negatable?: boolean;
  en?: readonly string[];
  ar?: readonly string[];
  arabizi?: readonly string[];
}

/** A slot of a frame: one concept id, or any of several. */
export type Slot = string | readonly string[];

/**
 * A frame: a composition of concepts that, together, make a message belong to (or, with a negative weight,
 * look like a legitimate look-alike of) a category.
 */
export interface FrameSpec {
  id: string;
  /** Added to the category score when the frame fires; negative for legitimate look-alikes. */
  weight: number;
  /** Slots that must all be found within `window` words of each other, in any order. */
  near: readonly Slot[];
  /** Largest distance in words between the first and the last slot of `near` (default 10). */
  window?: number;
  /** Slots that must also be present anywhere in the message. */
  with?: readonly Slot[];
  /** A short plain-English note for the docs page. */
  note?: string;
}

/** Everything that is specific to one category. */
export interface CategorySpec {
  category: ContentCategory;
  /** Policy clause, e.g. `policy P9a`. */
  source: string;
  description: string;
  /** The category's own concept classes (product names, its slang). */
  concepts: readonly ConceptSpec[];
  /** Concepts that count on their own: concept id → weight (the first occurrence counts fully). */
  weights: Readonly<Record<string, number>>;
  frames: readonly FrameSpec[];
  /** Score at which the category is reported for review. */
  reviewAt: number;
  /** Score at which it is denied. */
  denyAt: number;
  /** Highest score the category can reach. */
  cap: number;
  /** Added when positive evidence was found only in the de-obfuscated view. */
  obfuscationWeight: number;
  /** More specific categories this one gives way to when one of them scores at least as much. */
  yieldsTo?: readonly ContentCategory[];
  /** Examples for the docs page and the rule's tests: messages it flags and look-alikes it leaves alone. */
  examples: { flagged: readonly string[]; clean: readonly string[] };
}
