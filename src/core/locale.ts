/** Late resolution of finding texts: messageId + params → text in the policy locale. */
import { ar } from '../locales/ar.js';
import { en } from '../locales/en.js';
import type { LocaleBundle } from '../locales/types.js';
import type { Locale, MessageParams } from './types.js';

const BUNDLES: Record<Locale, LocaleBundle> = { en, ar };

export const LOCALES = ['en', 'ar'] as const satisfies readonly Locale[];

/**
 * Resolves a message id in a locale, falling back to English, then to the id itself with its params,
 * so a missing translation never hides a finding.
 *
 * @example resolveMessage('ar', 'core.rule-error', { ruleId: 'x', error: 'boom', action: 'deny' })
 */
export function resolveMessage(locale: Locale, messageId: string, params: MessageParams = {}): string {
  const render = BUNDLES[locale][messageId] ?? BUNDLES.en[messageId];
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
}

/** True when a message id has a text in the locale. */
export function hasMessage(locale: Locale, messageId: string): boolean {
  return messageId in BUNDLES[locale];
}

/** All message ids known in a locale (for tests that keep the bundles in step). */
export function messageIds(locale: Locale): string[] {
  return Object.keys(BUNDLES[locale]);
}
