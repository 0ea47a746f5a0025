/**
 * Every shipped lexicon, one module per category and language (`<category>.<ar|en|arabizi>.ts`).
 * Data only: the engine in `../_lexicon.ts` compiles them.
 */
import { lexicon as adultAr } from './adult.ar.js';
import { lexicon as adultEn } from './adult.en.js';
import { lexicon as adultArabizi } from './adult.arabizi.js';
import { lexicon as pyramidAr } from './pyramid.ar.js';
import { lexicon as pyramidEn } from './pyramid.en.js';
import { lexicon as pyramidArabizi } from './pyramid.arabizi.js';
import { lexicon as piracyAr } from './piracy.ar.js';
import { lexicon as piracyEn } from './piracy.en.js';
import { lexicon as piracyArabizi } from './piracy.arabizi.js';
import { lexicon as prescriptionAr } from './prescription.ar.js';
import { lexicon as prescriptionEn } from './prescription.en.js';
import { lexicon as prescriptionArabizi } from './prescription.arabizi.js';
import { lexicon as counterfeitAr } from './counterfeit.ar.js';
import { lexicon as counterfeitEn } from './counterfeit.en.js';
import { lexicon as counterfeitArabizi } from './counterfeit.arabizi.js';
import { lexicon as gamblingAr } from './gambling.ar.js';
import { lexicon as gamblingEn } from './gambling.en.js';
import { lexicon as gamblingArabizi } from './gambling.arabizi.js';
import { lexicon as drugsAr } from './drugs.ar.js';
import { lexicon as drugsEn } from './drugs.en.js';
import { lexicon as drugsArabizi } from './drugs.arabizi.js';
import { lexicon as weaponsAr } from './weapons.ar.js';
import { lexicon as weaponsEn } from './weapons.en.js';
import { lexicon as weaponsArabizi } from './weapons.arabizi.js';
import { lexicon as phishingAr } from './phishing.ar.js';
import { lexicon as phishingEn } from './phishing.en.js';
import { lexicon as phishingArabizi } from './phishing.arabizi.js';
import { lexicon as fraudAr } from './fraud.ar.js';
import { lexicon as fraudEn } from './fraud.en.js';
import { lexicon as fraudArabizi } from './fraud.arabizi.js';
import { lexicon as abuseAr } from './abuse.ar.js';
import { lexicon as abuseEn } from './abuse.en.js';
import { lexicon as abuseArabizi } from './abuse.arabizi.js';
import type { Lexicon } from './types.js';

export type { ContentCategory, Lexicon, LexiconLanguage, LexiconTerm } from './types.js';
export { CONTENT_CATEGORIES } from './types.js';

/** The shipped lexicons, in category order (English, Arabic, Arabizi for each). */
export const LEXICONS: readonly Lexicon[] = [
  adultAr,
  adultEn,
  adultArabizi,
  pyramidAr,
  pyramidEn,
  pyramidArabizi,
  piracyAr,
  piracyEn,
  piracyArabizi,
  prescriptionAr,
  prescriptionEn,
  prescriptionArabizi,
  counterfeitAr,
  counterfeitEn,
  counterfeitArabizi,
  gamblingAr,
  gamblingEn,
  gamblingArabizi,
  drugsAr,
  drugsEn,
  drugsArabizi,
  weaponsAr,
  weaponsEn,
  weaponsArabizi,
  phishingAr,
  phishingEn,
  phishingArabizi,
  fraudAr,
  fraudEn,
  fraudArabizi,
  abuseAr,
  abuseEn,
  abuseArabizi,
];
