/**
 * ksa/adv-links-numbers (SA-CNT-03): promotional bodies carry no WhatsApp or LINE links and no phone numbers
 * (one vendor; reviewed rather than denied). Other links are ksa/url-registration's business. Short codes are
 * not phone numbers; numbers are found in any digit system and shown masked.
 */
import { z } from 'zod';
import { findPhoneNumbers } from '../core/phone.js';
import { defineRule } from '../core/rule.js';
import type { Evidence, Finding, Rule } from '../core/types.js';
import { extractUrls } from '../text/urls.js';
import { baseOptionsShape, rulesetAndAction, type KsaRuleBaseOptions, ksaMeta } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export type AdvLinksNumbersOptions = KsaRuleBaseOptions;

const optionsSchema = z.strictObject({ ...baseOptionsShape });

const CHAT_HOSTS = /(?:^|\.)(?:wa\.me|whatsapp\.com|whatsapp\.net|line\.me|lin\.ee)$/;
/**
 * Asks for review of ADV texts with chat links or phone numbers.
 *
 * @example
 * const rule = advLinksNumbers();
 * // ADV "Order on wa.me/966501234567" → review (chat link and number); «أرسل إيقاف إلى 8800» → no finding
 */
export function advLinksNumbers(options: AdvLinksNumbersOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa advLinksNumbers');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-CNT-03', 'review');

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-CNT-03',
      id: 'ksa/adv-links-numbers',
      description: 'Promotional (ADV) bodies carry no WhatsApp/LINE links or phone numbers.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV') return [];
      const chats: Evidence[] = [];
      for (const url of extractUrls(message.text)) {
        if (!CHAT_HOSTS.test(url.host)) continue;
        chats.push({ span: url.span, excerpt: ctx.excerpt(url.span), data: { host: url.host } });
      }
      const numbers: Evidence[] = findPhoneNumbers(message.text).map((span) => ({
        span,
        excerpt: ctx.excerpt(span),
        data: { digits: span[1] - span[0] },
      }));
      const findings: Finding[] = [];
      const add = (messageId: string, evidence: Evidence[]) => {
        if (evidence.length > 0)
          findings.push(
            ctx.finding({ action, messageId, params: { count: evidence.length }, evidence: evidence.slice(0, 10) }),
          );
      };
      add('ksa.adv-chat-link', chats);
      add('ksa.adv-phone-number', numbers);
      return findings;
    },
  });
}
