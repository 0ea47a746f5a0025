/**
 * The Jordan pack's messages, English and Arabic. Each rule of the domain hands them to the policy (`Rule.messages`), which
 * resolves a finding's `messageId` + params late, in the policy locale.
 */
import type { LocaleMessages } from '../core/locale.js';
import { jordan as ar } from './locales/ar.js';
import { jordan as en } from './locales/en.js';

export const JORDAN_MESSAGES: LocaleMessages = { en, ar };
