/**
 * ksa/url-registration (SA-URL-01): a URL in any Saudi SMS must be registered with the operators (domain and
 * subdomain exactly), and public URL shorteners are refused. With `registeredUrls` given, any other host is
 * denied; without the list the rule can only warn that each link needs registering. Shorteners are denied.
 */
import { z } from 'zod';
import { defineRule } from '../core/rule.js';
import type { Evidence, Finding, Rule } from '../core/types.js';
import { extractUrls } from '../text/urls.js';
import { baseOptionsShape, type KsaRuleBaseOptions, ksaMeta, rulesetAndAction } from './_options.js';
import { KSA_MESSAGES } from './messages.js';
import { parseOptions } from '../core/options.js';

export interface UrlRegistrationOptions extends KsaRuleBaseOptions {
  /** Hosts registered with the Saudi operators (exact host names: `news.acme.sa` is not `acme.sa`). */
  registeredUrls?: string[];
  /** Action when no list is given and a link is found. Default `warn`. */
  unverifiedAction?: 'warn' | 'info' | 'review';
}

const optionsSchema = z.strictObject({
  ...baseOptionsShape,
  registeredUrls: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,24}$/, 'must be a host name such as acme.sa'),
    )
    .max(10_000)
    .optional(),
  unverifiedAction: z.enum(['warn', 'info', 'review']).optional(),
});

/**
 * Denies links through public shorteners and (with a list) unregistered hosts.
 *
 * @example
 * const rule = urlRegistration({ registeredUrls: ['acme.sa'] });
 * // "See acme.sa/sale" passes; "See news.acme.sa" → deny (subdomain not registered); "bit.ly/x" → deny
 */
export function urlRegistration(options: UrlRegistrationOptions = {}): Rule {
  const parsed = parseOptions(optionsSchema, options ?? {}, 'ksa urlRegistration');
  const { ruleset, action } = rulesetAndAction(parsed, 'SA-URL-01', 'deny');
  const registered = parsed.registeredUrls ? new Set(parsed.registeredUrls) : null;
  const shorteners = ruleset.defaults.urlShorteners;
  const isShortener = (host: string) => shorteners.some((s) => host === s || host.endsWith(`.${s}`));
  const unverifiedAction = parsed.unverifiedAction ?? 'warn';

  return defineRule({
    messages: KSA_MESSAGES,
    ...ksaMeta({
      ruleset,
      code: 'SA-URL-01',
      id: 'ksa/url-registration',
      description: 'Links in Saudi SMS use hosts registered with the operators; public URL shorteners are refused.',
      action,
    }),
    stage: 'stateless',
    check(message, ctx) {
      const short: Evidence[] = [];
      const unregistered: Evidence[] = [];
      for (const url of extractUrls(message.text)) {
        const evidence = { span: url.span, excerpt: ctx.excerpt(url.span), data: { host: url.host } };
        if (isShortener(url.host)) short.push(evidence);
        else if (!registered?.has(url.host)) unregistered.push(evidence);
      }
      const findings: Finding[] = [];
      if (short.length > 0) {
        findings.push(
          ctx.finding({
            action,
            messageId: 'ksa.url-shortener',
            params: { count: short.length },
            evidence: short.slice(0, 10),
          }),
        );
      }
      if (unregistered.length > 0) {
        const hosts = [...new Set(unregistered.map((e) => String(e.data?.host)))].join(', ');
        findings.push(
          ctx.finding({
            action: registered ? action : unverifiedAction,
            messageId: registered ? 'ksa.url-unregistered' : 'ksa.url-unverified',
            params: { hosts },
            evidence: unregistered.slice(0, 10),
          }),
        );
      }
      return findings;
    },
  });
}
