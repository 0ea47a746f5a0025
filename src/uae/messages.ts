/**
 * The UAE pack's messages, English and Arabic. Each rule of the domain hands them to the policy (`Rule.messages`), which
 * resolves a finding's `messageId` + params late, in the policy locale.
 */
import type { LocaleMessages } from '../core/locale.js';
import { uae as ar } from './locales/ar.js';
import { uae as en } from './locales/en.js';

export const UAE_MESSAGES: LocaleMessages = { en, ar };
