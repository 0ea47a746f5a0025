/**
 * uae/adv-links-numbers (AE-CNT-03): promotional bodies carry no URLs, no WhatsApp or LINE links and no phone
 * numbers (one vendor; reviewed rather than denied). Short codes (3–6 digits, e.g. the opt-out 7726) are not
 * phone numbers; numbers are found in any digit system and shown masked.
 */
import { z } from 'zod';
import { findPhoneNumbers } from '../core/phone.js';
import { defineRule } from '../core/rule.js';
import type { Evidence, Finding, Rule } from '../core/types.js';
import { extractUrls } from '../text/urls.js';
import { baseOptionsShape, rulesetAndAction, type UaeRuleBaseOptions, uaeMeta } from './_options.js';
import { UAE_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface AdvLinksNumbersOptions extends UaeRuleBaseOptions {
  /** Hosts allowed in ADV bodies (e.g. your own opt-out page). Default none. */
  allowedHosts?: string[];
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  allowedHosts: z.array(z.string().trim().toLowerCase().min(3).max(253)).max(1000).optional(),
});

export { findPhoneNumbers };

const CHAT_HOSTS = /(?:^|\.)(?:wa\.me|whatsapp\.com|whatsapp\.net|line\.me|lin\.ee)$/;
/**
 * Asks for review of ADV texts with links, chat links or phone numbers.
 *
 * @example
 * const rule = advLinksNumbers();
 * // ADV "Order on wa.me/971501234567" → review (chat link and number); "Reply B to 7726" → no finding
 */
export function advLinksNumbers(options: AdvLinksNumbersOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'uae advLinksNumbers');
  const { ruleset, action } = rulesetAndAction(parsed, 'AE-CNT-03', 'review');
  const allowed = new Set(parsed.allowedHosts ?? []);

  return defineRule({
    messages: UAE_MESSAGES,
    ...uaeMeta({
      ruleset,
      code: 'AE-CNT-03',
      id: 'uae/adv-links-numbers',
      description: 'Promotional (ADV) bodies carry no links, WhatsApp/LINE links or phone numbers.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      if (message.kind !== 'ADV') return [];
      const links: Evidence[] = [];
      const chats: Evidence[] = [];
      for (const url of extractUrls(message.text)) {
        if (allowed.has(url.host)) continue;
        const target = CHAT_HOSTS.test(url.host) ? chats : links;
        target.push({ span: url.span, excerpt: ctx.excerpt(url.span), data: { host: url.host } });
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
      add('uae.adv-chat-link', chats);
      add('uae.adv-link', links);
      add('uae.adv-phone-number', numbers);
      return findings;
    },
  });
}
