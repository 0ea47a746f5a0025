export { asciiDigits } from '../core/phone.js';
export { type DetectedLanguage, detectLanguage } from './language.js';
export { type NormalizedText, type NormalizeOptions, normalize, toOriginalSpan } from './normalize.js';
export { isJordanianMobile, jordanOperator, type NormalizedPhone, normalizePhone } from './phone.js';
export type { JordanOperator } from './data/jordan-operators.js';
export {
  countSegments,
  GSM_PART,
  GSM_SINGLE,
  isGsm7,
  type SegmentCount,
  type SmsEncoding,
  UCS2_PART,
  UCS2_SINGLE,
} from './segments.js';
export { foldConfusables } from './confusables.js';
export { type ExtractedUrl, extractUrls } from './urls.js';
