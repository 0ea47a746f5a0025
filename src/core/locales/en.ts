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
  // Input issues (PolicyInputError / PolicyConfigError): `core.issue.<code>`, resolved from the code and params.
  'core.issue.required': () => 'is required',
  'core.issue.invalid_type': (p) =>
    `expected ${p.expected ?? 'another type'}, received ${p.received ?? 'something else'}`,
  'core.issue.empty': () => 'must not be empty',
  'core.issue.too_long': (p) => `is longer than the maximum of ${p.maximum ?? '?'} characters`,
  'core.issue.invalid_value': (p) => `is not one of ${p.allowed ?? 'the allowed values'}`,
  'core.issue.invalid_phone': () => 'is not a valid phone number',
  'core.issue.invalid_date': () => 'is not a valid date or ISO 8601 time',
  'core.issue.invalid_text': () => 'must be well-formed text, without control characters or unpaired surrogates',
  'core.issue.unknown_key': (p) => `unknown field ${p.key ?? ''}`,
  'core.issue.rule-without-check': () => 'a rule needs a check or a claims function',
  'core.issue.ruleset-clause-missing': (p) => `the ruleset ${p.version} has no clause ${p.clause}`,
} satisfies LocaleBundle;
