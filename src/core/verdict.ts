/** Verdict merging: deny > defer > review > allow; warn and info never change the verdict. */
import type { Decision, Finding, FindingAction, Verdict } from './types.js';

const RANK: Record<Verdict, number> = { allow: 0, review: 1, defer: 2, deny: 3 };

/** The verdict an action contributes, or `null` for warn/info. */
export function verdictOf(action: FindingAction): Verdict | null {
  return action === 'warn' || action === 'info' ? null : action;
}

/** True when a finding would stop the message (deny, defer or review). */
export function isBlocking(action: FindingAction): boolean {
  return verdictOf(action) !== null;
}

/**
 * Merges findings into a decision. Among defers, `retryAt` is the latest one given
 * (the message may go only when every deferring rule agrees).
 *
 * @example mergeFindings([]) // { verdict: 'allow', findings: [] }
 */
export function mergeFindings(findings: Finding[]): Decision {
  let verdict: Verdict = 'allow';
  let retryAt: Date | undefined;
  for (const finding of findings) {
    const contributed = verdictOf(finding.action);
    if (contributed && RANK[contributed] > RANK[verdict]) verdict = contributed;
    if (finding.action === 'defer' && finding.retryAt && (!retryAt || finding.retryAt > retryAt)) {
      retryAt = finding.retryAt;
    }
  }
  const decision: Decision = { verdict, findings };
  if (verdict === 'defer' && retryAt) decision.retryAt = retryAt;
  return decision;
}

/** Compares verdicts: positive when `a` is stronger than `b`. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return RANK[a] - RANK[b];
}
