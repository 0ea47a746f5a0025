/**
 * The library's whole catalog (every pack's messages and the CLI's), for callers that resolve a message id outside a
 * policy: the CLI's own texts, docs, tests. A policy resolves from the messages its rules hand it.
 */
import { createMessageCatalog } from '../core/locale.js';
import type { Locale, MessageParams } from '../core/types.js';
import { ar } from './ar.js';
import { en } from './en.js';

const LIBRARY = createMessageCatalog([{ en, ar }]);

/**
 * Resolves a message id in a locale, falling back to English, then to the id itself with its params,
 * so a missing translation never hides a finding.
 *
 * @example resolveMessage('ar', 'core.rule-error', { ruleId: 'x', error: 'boom', action: 'deny' })
 */
export function resolveMessage(locale: Locale, messageId: string, params: MessageParams = {}): string {
  return LIBRARY.resolve(locale, messageId, params);
}

/** True when a message id has a text in the locale. */
export function hasMessage(locale: Locale, messageId: string): boolean {
  return LIBRARY.has(locale, messageId);
}

/** All message ids known in a locale (for tests that keep the bundles in step). */
export function messageIds(locale: Locale): string[] {
  return LIBRARY.ids(locale);
}
