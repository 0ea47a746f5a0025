import type { LocaleBundle } from '../locale.js';

/** core messages, English. */
export const core = {
  'core.rule-error': (p) => `Rule ${p.ruleId} could not be evaluated (${p.error}); treated as ${p.action}.`,
  'core.rule-timeout': (p) => `Rule ${p.ruleId} did not answer within ${p.timeoutMs} ms; treated as ${p.action}.`,
  'core.consent-error': (p) =>
    `Rule ${p.ruleId} could not read the consent ledger (${p.error}); treated as ${p.action}.`,
  'core.consent-timeout': (p) =>
    `Rule ${p.ruleId}: the consent ledger did not answer within ${p.timeoutMs} ms; treated as ${p.action}.`,
  'core.rate-error': (p) => `The rate store could not be reached (${p.error}); treated as ${p.action}.`,
  'core.missing-port': (p) =>
    `Rule ${p.ruleId} needs ${p.port}, which this policy was not given; treated as ${p.action}.`,
  'core.no-pack': (p) =>
    `No rule pack applies to recipients in ${p.country} (packs: ${p.packs}); review before sending.`,
} satisfies LocaleBundle;
