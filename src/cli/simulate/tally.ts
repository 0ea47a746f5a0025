/**
 * A tally: the counters of one slice of a simulation (the whole campaign, one template, and later one
 * recipient country). Every slice has the same shape, so a report section that renders one renders any,
 * and a new breakdown is one more key in `SimulationReport.by`, not a new structure.
 */
import type { Decision, Verdict } from '../../core/types.js';
import type { SegmentCount } from '../../text/segments.js';

export interface Tally {
  /** Recipients read (valid and invalid rows). */
  total: number;
  verdicts: Record<Verdict, number>;
  /** Rows that could not be evaluated (counted, never silently allowed). */
  invalid: number;
  /** Invalid rows per field (`to`, `text`, …). */
  invalidByField: Record<string, number>;
  /** Invalid rows per `field: reason code`, e.g. `to: invalid_phone`. */
  invalidByReason: Record<string, number>;
  /** Messages with at least one finding of each rule. */
  rules: Record<string, number>;
  /** Messages with a finding of each action, per rule. */
  ruleActions: Record<string, Record<string, number>>;
  /** Messages stopped for consent: denied by a rule of the consent pack or an opt-out rule. */
  consentDenied: number;
  segments: {
    total: number;
    /** Parts of messages not denied (what the campaign would actually send). */
    sendable: number;
    byParts: Record<string, number>;
    byEncoding: Record<string, number>;
  };
  /** Rows whose value of a variable is longer than its `maxLength`. */
  overMaxLength: Record<string, number>;
}

export function createTally(): Tally {
  return {
    total: 0,
    verdicts: { allow: 0, review: 0, defer: 0, deny: 0 },
    invalid: 0,
    invalidByField: {},
    invalidByReason: {},
    rules: {},
    ruleActions: {},
    consentDenied: 0,
    segments: { total: 0, sendable: 0, byParts: {}, byEncoding: {} },
    overMaxLength: {},
  };
}

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Rules whose deny means "no consent": the consent pack and the Jordan opt-out and consent rules. */
export function isConsentRule(ruleId: string): boolean {
  return (
    ruleId.startsWith('consent/') ||
    ruleId.endsWith('opt-out') ||
    ruleId.endsWith('/service-consent') ||
    ruleId.endsWith('/consent')
  );
}

/** Counts one evaluated message. */
export function addDecision(tally: Tally, decision: Decision, segments: SegmentCount): void {
  tally.verdicts[decision.verdict]++;
  let consent = false;
  const findings = decision.findings;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    let actions = tally.ruleActions[finding.ruleId];
    if (!actions) {
      actions = {};
      tally.ruleActions[finding.ruleId] = actions;
    }
    bump(actions, finding.action);
    if (finding.action === 'deny' && isConsentRule(finding.ruleId)) consent = true;
    // A rule with several findings on one message counts the message once.
    let seen = false;
    for (let j = 0; j < i; j++) if (findings[j]!.ruleId === finding.ruleId) seen = true;
    if (!seen) bump(tally.rules, finding.ruleId);
  }
  if (consent) tally.consentDenied++;
  tally.segments.total += segments.segments;
  if (decision.verdict !== 'deny') tally.segments.sendable += segments.segments;
  bump(tally.segments.byParts, String(segments.segments));
  bump(tally.segments.byEncoding, segments.encoding);
}

/** Counts one row that is not a message, with each distinct field and reason once. */
export function addInvalid(tally: Tally, issues: Array<{ field: string; code: string }>): void {
  tally.invalid++;
  const fields = new Set<string>();
  const reasons = new Set<string>();
  for (const { field, code } of issues) {
    fields.add(field);
    reasons.add(`${field}: ${code}`);
  }
  for (const field of fields) bump(tally.invalidByField, field);
  for (const reason of reasons) bump(tally.invalidByReason, reason);
}

/** Adds `from` into `into` (per-template tallies into the campaign total). */
export function mergeTally(into: Tally, from: Tally): void {
  into.total += from.total;
  into.invalid += from.invalid;
  into.consentDenied += from.consentDenied;
  for (const verdict of Object.keys(from.verdicts) as Verdict[]) into.verdicts[verdict] += from.verdicts[verdict];
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    for (const [key, n] of Object.entries(b)) bump(a, key, n);
  };
  add(into.invalidByField, from.invalidByField);
  add(into.invalidByReason, from.invalidByReason);
  add(into.rules, from.rules);
  add(into.overMaxLength, from.overMaxLength);
  for (const [ruleId, actions] of Object.entries(from.ruleActions)) {
    into.ruleActions[ruleId] ??= {};
    add(into.ruleActions[ruleId]!, actions);
  }
  into.segments.total += from.segments.total;
  into.segments.sendable += from.segments.sendable;
  add(into.segments.byParts, from.segments.byParts);
  add(into.segments.byEncoding, from.segments.byEncoding);
}
