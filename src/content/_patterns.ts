/**
 * Helpers to write the bounded structural patterns of the categories. Every pattern is literal alternations
 * joined by bounded gaps (`[^.!?\n]{0,n}`): no nested quantifiers, so a match attempt costs at most the gap
 * length and a scan is linear in the text for a fixed pattern set.
 *
 * Patterns run over NORMALISED text: lowercase, أ/إ/آ → ا, ة → ه, ى → ي, digits ASCII, repeated Arabic
 * letters collapsed; `any` normalises its words the same way.
 */
import { normalize } from '../text/normalize.js';

/**
 * Word characters of normalised text: Latin (with accents), digits, Arabic letters. An explicit class is much
 * cheaper per position than `\p{L}` and normalised text holds nothing else that forms words with these.
 */
const WORD =
  'a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u0620-\\u064a\\u0660-\\u0669\\u0671-\\u06d3\\u06fa-\\u06ff';

/** Left word boundary that works for Arabic (`\b` does not). */
export const L = `(?<![${WORD}])`;
/** Right word boundary. */
export const R = `(?![${WORD}])`;
/** Optional Arabic proclitics (و ف ب ل ك, then ال / لل). */
export const AR_PRE = '(?:[وفبلك]?(?:ال|ل)?)';
/** Optional Arabic enclitics. */
export const AR_SUF = '(?:ها|هم|كم|ات|ين|ون|نا|ه|ي|ك)?';

/**
 * Alternation of literal words, normalised like the text (so «للبيع» is written as the text reads after run
 * folding, «لبيع»), regex-escaped, longest first so the engine prefers them.
 */
export function any(words: readonly string[]): string {
  const normalized = [
    ...new Set(
      words
        .map((w) => [w, normalize(w).text.trim()] as const)
        // A word that run folding shrinks to two letters (`aaa` → `aa`) would match ordinary text.
        .filter(([w, n]) => n.length > 0 && (n.length >= 3 || n.length === w.trim().length))
        .map(([, n]) => n),
    ),
  ];
  const escaped = normalized.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}

/** A bounded gap of at most `n` characters inside one sentence. */
export function gap(n: number): string {
  return `[^.!?\\n]{0,${n}}`;
}

/** English words with boundaries. */
export function en(words: readonly string[]): string {
  return `${L}${any(words)}${R}`;
}

/** Arabic words with optional clitics and boundaries. */
export function ar(words: readonly string[]): string {
  return `${L}${AR_PRE}${any(words)}${AR_SUF}${R}`;
}

/** Compiles a pattern (global, Unicode). */
export function re(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/** A price: number with a currency before or after. */
export const PRICE = `(?:${L}\\d[\\d,.]{0,9} ?(?:jd|jod|usd|sar|aed|kwd|dinars?|dollars?|riyals?|دينار|دنانير|دولار|ريال|درهم|ليره|جنيه|د\\.ا|\\$|£|€)${R}|(?:\\$|£|€|${L}jd|${L}usd) ?\\d)`;

/** Scam-awareness notices ("fake messages claim you won…", «تحذر من رسائل مزيفه»): a negative for phishing and fraud. */
export const SCAM_WARNING = `(?:${L}(?:warns?|warning|beware|fake messages?|scam messages?|scammers|fraudsters|is a scam|are fake|never send money|do not respond|report it|security tip|be careful|avoid scams|how to avoid|never pay to|scams?|phishing|fraud alert|ta7theer|e7tiyal|5od balak)${R}|${L}${AR_PRE}(?:تحذر|يحذر|نحذر|احذر|احذروا|حذاري|رسايل مزيفه|رسايل احتيال|احتيال|محتالين|المحتالين|انتبه|لا تستجب|لا تتجاوب|بلغ عن|نصايح|نصيحه|للوقايه من)${AR_SUF}${R})`;

/** A sum of money earned per period ("earn 500$ a day", «اربح 50 دينار يوميا»). */
export function earnPerPeriod(): RegExp {
  const money = `(?:\\$|£|€|jd ?|usd ?)?\\d[\\d,.]{0,7}(?: ?- ?\\d[\\d,.]{0,7})? ?(?:\\$|£|€|jd|jod|usd|dollars?|dinars?|دينار|دولار|ريال)?`;
  return re(
    `${en(['earn', 'make', 'income', 'get paid', 'profit', 'irba7', 'erba7', 'ekseb', 'dakhl'])}${gap(20)}${money}${gap(10)}${en(['per day', 'a day', 'daily', 'per week', 'a week', 'weekly', 'per month', 'a month', 'monthly', 'per hour', 'an hour', 'from home', 'yomiyan', 'yawmiyan', 'bel yom', 'shahriyan', 'mn el bet'])}|${ar(['اربح', 'اكسب', 'دخل', 'ربح', 'تربح', 'تكسب'])}${gap(20)}${money}${gap(10)}${ar(['يوميا', 'باليوم', 'اليوم', 'يومي', 'اسبوعيا', 'شهريا', 'بالشهر', 'بالساعه', 'من البيت', 'من المنزل'])}`,
  );
}
