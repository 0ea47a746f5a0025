/**
 * The shape of a content lexicon: data only, one file per category and language
 * (`<category>.<ar|en|arabizi>.ts`), matched by the content engine after `normalize` on word boundaries
 * (Arabic clitics such as و ف ب ل ال and suffixes such as ه ها ات ين ون are handled by the matcher, so write
 * the bare word). Obfuscated spellings (leet, spacing, homoglyphs) are the engine's job, not the lexicon's.
 */

export type ContentCategory =
  | 'adult'
  | 'pyramid'
  | 'piracy'
  | 'prescription'
  | 'counterfeit'
  | 'gambling'
  | 'drugs'
  | 'weapons'
  | 'phishing'
  | 'fraud'
  | 'abuse';

export const CONTENT_CATEGORIES = [
  'adult',
  'pyramid',
  'piracy',
  'prescription',
  'counterfeit',
  'gambling',
  'drugs',
  'weapons',
  'phishing',
  'fraud',
  'abuse',
] as const satisfies readonly ContentCategory[];

export type LexiconLanguage = 'ar' | 'en' | 'arabizi';

export interface LexiconTerm {
  /** A word or phrase as people write it (the engine normalises it the same way as the text). */
  term: string;
  /**
   * Weight on the category's scale: 8–10 alone is enough to deny ("cocaine for sale"); 4–7 a strong
   * signal that alone asks for review; 1–3 a weak signal that needs company. Negative weights (in
   * `negatives`) mark legitimate look-alikes ("do not share this code", "we will never ask for your PIN").
   */
  weight: number;
  /** Optional free-form tag the engine can use in combined rules (e.g. 'credential', 'urgency', 'money'). */
  tag?: string;
}

export interface Lexicon {
  category: ContentCategory;
  language: LexiconLanguage;
  /** Where the terms come from (own compilation, a dataset, a regulator's list), with a date. */
  source: string;
  terms: readonly LexiconTerm[];
  /** Phrases typical of legitimate messages that resemble this category (negative weights). */
  negatives?: readonly LexiconTerm[];
}
