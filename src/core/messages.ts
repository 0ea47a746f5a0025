/**
 * The engine's own messages (rule errors, timeouts, missing ports, no pack), English and Arabic. Each rule of the domain hands them to the policy (`Rule.messages`), which
 * resolves a finding's `messageId` + params late, in the policy locale.
 */
import type { LocaleMessages } from './locale.js';
import { core as ar } from './locales/ar.js';
import { core as en } from './locales/en.js';

export const CORE_MESSAGES: LocaleMessages = { en, ar };
