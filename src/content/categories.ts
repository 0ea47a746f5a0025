// The eleven category specs, in the order of CONTENT_CATEGORIES, registered with the classifier cache.
import { ABUSE } from './abuse.js';
import { ADULT } from './adult.js';
import { registerCategorySpecs } from './_compiled.js';
import type { CategorySpec } from './_spec.js';
import { COUNTERFEIT } from './counterfeit.js';
import { DRUGS } from './drugs.js';
import { FRAUD } from './fraud.js';
import { GAMBLING } from './gambling.js';
import type { ContentCategory } from './lexicons/types.js';
import { PHISHING } from './phishing.js';
import { PIRACY } from './piracy.js';
import { PRESCRIPTION } from './prescription.js';
import { PYRAMID } from './pyramid.js';
import { WEAPONS } from './weapons.js';

export const CATEGORY_SPECS: Readonly<Record<ContentCategory, CategorySpec>> = {
  adult: ADULT,
  pyramid: PYRAMID,
  piracy: PIRACY,
  prescription: PRESCRIPTION,
  counterfeit: COUNTERFEIT,
  gambling: GAMBLING,
  drugs: DRUGS,
  weapons: WEAPONS,
  phishing: PHISHING,
  fraud: FRAUD,
  abuse: ABUSE,
};

registerCategorySpecs(Object.values(CATEGORY_SPECS));
