/**
 * Late resolution of texts: messageId + params → text in a locale (zod v4 style: codes and params first, words
 * last). Core holds no domain's words: each pack hands its messages to the policy with its rules
 * (`Rule.messages`), and the policy builds one catalog from them and its own.
 */
import type { Locale, MessageParams } from './types.js';

/** messageId → (params) → text. */
export type LocaleBundle = Record<string, (params: MessageParams) => string>;

/** One part's messages per locale; English is the fallback of every other locale. */
export type LocaleMessages = { readonly en: LocaleBundle } & { readonly [L in Locale]?: LocaleBundle };

/** The texts of a set of parts, by locale. */
export interface MessageCatalog {
  /**
   * A message id in a locale, falling back to English, then to the id itself with its params, so a missing
   * translation never hides a finding.
   */
  resolve(locale: Locale, messageId: string, params?: MessageParams): string;
  /** True when a message id has a text in the locale. */
  has(locale: Locale, messageId: string): boolean;
  /** Every message id known in a locale. */
  ids(locale: Locale): string[];
}

export const LOCALES = ['en', 'ar'] as const satisfies readonly Locale[];

/** The messages of several parts as one part (a later part wins on a shared id); `undefined` when none has any. */
export function mergeMessages(parts: Iterable<LocaleMessages | undefined>): LocaleMessages | undefined {
  const distinct = [...new Set([...parts].filter((part): part is LocaleMessages => part !== undefined))];
  if (distinct.length <= 1) return distinct[0];
  const merged: { en: LocaleBundle; ar: LocaleBundle } = { en: {}, ar: {} };
  for (const part of distinct) for (const locale of LOCALES) Object.assign(merged[locale], part[locale]);
  return merged;
}

/**
 * Merges parts into one catalog (a later part wins on a shared id); each part is read once.
 *
 * @example
 * const catalog = createMessageCatalog([{ en: { 'acme.hello': (p) => `Hello ${p.name}` } }]);
 * catalog.resolve('ar', 'acme.hello', { name: 'Lina' }); // 'Hello Lina' (English fallback)
 */
export function createMessageCatalog(parts: Iterable<LocaleMessages | undefined>): MessageCatalog {
  const bundles: Record<Locale, LocaleBundle> = { en: {}, ar: {} };
  const seen = new Set<LocaleMessages>();
  for (const part of parts) {
    if (!part || seen.has(part)) continue;
    seen.add(part);
    for (const locale of LOCALES) Object.assign(bundles[locale], part[locale]);
  }
  return {
    resolve(locale, messageId, params = {}) {
      const render = bundles[locale][messageId] ?? bundles.en[messageId];
      if (render) {
        try {
          return render(params);
        } catch {
          // A bundle function that throws on odd params must not lose the finding.
        }
      }
      const rendered = Object.entries(params)
        .map(([key, value]) => `${key}=${String(value)}`)
        .join(', ');
      return rendered ? `${messageId} (${rendered})` : messageId;
    },
    has: (locale, messageId) => messageId in bundles[locale],
    ids: (locale) => Object.keys(bundles[locale]),
  };
}
