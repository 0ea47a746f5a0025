/**
 * The consent rules' and the ledger's messages, English and Arabic. Each rule of the domain hands them to the policy (`Rule.messages`), which
 * resolves a finding's `messageId` + params late, in the policy locale.
 */
import type { LocaleMessages } from '../core/locale.js';
import { consent as ar } from './locales/ar.js';
import { consent as en } from './locales/en.js';

export const CONSENT_MESSAGES: LocaleMessages = { en, ar };
