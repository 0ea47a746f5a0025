/**
 * Opt-out notice detection: does a promotional text tell the recipient how to stop ("Reply STOP",
 * "to unsubscribe send STOP to 94444", «لإلغاء الاشتراك أرسل …», "send B to 7726")? Shared by every country
 * pack, each with its own data (the base phrases plus local keywords and short codes).
 * Interim home in core (phrase detection belongs in text/, being rewritten for issue 11).
 */
import { z } from 'zod';
import type { OptOutNoticeData } from './data/opt-out-notices.js';
import type { MatchHit, PatternSpec, PhrasePatterns } from './_phrase-matcher.js';

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const QUOTE = '["\'“”‘’«»]?';

const list = z.array(z.string().min(1).max(80)).min(1).max(500);

/** Zod schema of notice data a user passes instead of the shipped one. */
export const optOutNoticesSchema = z.object({
  verbs: z.object({ en: list, ar: list }),
  fillers: list,
  keywords: list,
  phrases: z.object({ en: list, ar: list }),
  toShortCode: list,
});

/** Compiles notice data into patterns over normalised text. */
export function optOutNoticePatterns(data: OptOutNoticeData, phrases: PhrasePatterns): PatternSpec[] {
  const verbs = phrases.alternation([...data.verbs.en, ...data.verbs.ar]);
  const fillers = phrases.alternation(data.fillers);
  const keywords = phrases.alternation(data.keywords);
  const joiners = phrases.alternation(data.toShortCode);
  return [
    // "reply STOP", "send the word STOP", «أرسل كلمة إلغاء», «ارسل "الغاء"»
    {
      id: 'verb-keyword',
      weight: 1,
      source: `${BEFORE}(?:${verbs}) ?(?:(?:${fillers}) )?${QUOTE}(?:${keywords})${QUOTE}${AFTER}`,
    },
    // "STOP to 94444", "STOP@94444", «إلغاء إلى 94444»
    {
      id: 'keyword-shortcode',
      weight: 1,
      source: `${BEFORE}${QUOTE}(?:${keywords})${QUOTE} ?(?:(?:${joiners}) ?)?\\d{3,8}${AFTER}`,
    },
    // "to unsubscribe", «لإلغاء الاشتراك»
    { id: 'phrase', weight: 1, source: phrases.wordsPattern([...data.phrases.en, ...data.phrases.ar], false) },
  ];
}

/**
 * A finder of opt-out notices for one data set; hits carry spans into the original text (fresh copies).
 *
 * @example
 * const find = createOptOutNoticeFinder(OPT_OUT_NOTICES, phrases);
 * find('خصم 20%. لإلغاء الاشتراك أرسل STOP إلى 94444')[0].id; // 'phrase'
 */
export function createOptOutNoticeFinder(
  data: OptOutNoticeData,
  phrases: PhrasePatterns,
): (text: string) => MatchHit[] {
  const match = phrases.compile(optOutNoticePatterns(data, phrases));
  // The matcher caches its results; callers get their own copies.
  return (text) => match(text).map((hit) => ({ ...hit, span: [hit.span[0], hit.span[1]] }));
}

/**
 * The base data with a country's additions (its keywords, short-code joiners, phrases).
 *
 * @example
 * extendOptOutNotices(OPT_OUT_NOTICES, { keywords: ['B'] });
 */
export function extendOptOutNotices(
  base: OptOutNoticeData,
  extra: Partial<{
    verbs: Partial<OptOutNoticeData['verbs']>;
    fillers: readonly string[];
    keywords: readonly string[];
    phrases: Partial<OptOutNoticeData['phrases']>;
    toShortCode: readonly string[];
  }>,
): OptOutNoticeData {
  return {
    verbs: { en: [...base.verbs.en, ...(extra.verbs?.en ?? [])], ar: [...base.verbs.ar, ...(extra.verbs?.ar ?? [])] },
    fillers: [...base.fillers, ...(extra.fillers ?? [])],
    keywords: [...base.keywords, ...(extra.keywords ?? [])],
    phrases: {
      en: [...base.phrases.en, ...(extra.phrases?.en ?? [])],
      ar: [...base.phrases.ar, ...(extra.phrases?.ar ?? [])],
    },
    toShortCode: [...base.toShortCode, ...(extra.toShortCode ?? [])],
  };
}
