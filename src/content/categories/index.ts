/** Every category's spec, in `CONTENT_CATEGORIES` order. */
import type { CategorySpec } from '../_types.js';
import type { ContentCategory } from '../lexicons/types.js';
import { abuseSpec } from './abuse.js';
import { adultSpec } from './adult.js';
import { counterfeitSpec } from './counterfeit.js';
import { drugsSpec } from './drugs.js';
import { fraudSpec } from './fraud.js';
import { gamblingSpec } from './gambling.js';
import { phishingSpec } from './phishing.js';
import { piracySpec } from './piracy.js';
import { prescriptionSpec } from './prescription.js';
import { pyramidSpec } from './pyramid.js';
import { weaponsSpec } from './weapons.js';

export const CATEGORY_SPECS: Readonly<Record<ContentCategory, CategorySpec>> = {
  adult: adultSpec,
  pyramid: pyramidSpec,
  piracy: piracySpec,
  prescription: prescriptionSpec,
  counterfeit: counterfeitSpec,
  gambling: gamblingSpec,
  drugs: drugsSpec,
  weapons: weaponsSpec,
  phishing: phishingSpec,
  fraud: fraudSpec,
  abuse: abuseSpec,
};
