/** The content categories and the languages of lexicon terms. */

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
