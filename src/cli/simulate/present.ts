/** What the text and HTML reports both show: rules in order of severity, the segments line. */
import { resolveMessage } from '../../locales/catalog.js';
import type { Locale } from '../../core/types.js';
import type { Tally } from './tally.js';

const SEVERITY: Record<string, number> = { deny: 4, defer: 3, review: 2, warn: 1, info: 0 };

export type SeverityGroup = 'deny' | 'defer' | 'review' | 'warn' | 'info';

/** A rule's strongest action in the tally (what it did at worst). */
export function strongestAction(tally: Tally, ruleId: string): SeverityGroup {
  let best: SeverityGroup = 'info';
  for (const action of Object.keys(tally.ruleActions[ruleId] ?? {})) {
    if ((SEVERITY[action] ?? 0) > SEVERITY[best]!) best = action as SeverityGroup;
  }
  return best;
}

/** Rules with their message counts: those that block first (by their strongest action), then by count. */
export function rulesBySeverity(tally: Tally): Array<[string, number]> {
  return Object.entries(tally.rules).sort(
    (a, b) => SEVERITY[strongestAction(tally, b[0])]! - SEVERITY[strongestAction(tally, a[0])]! || b[1] - a[1],
  );
}

/** Rules grouped by their strongest action, most severe group first; info rules last, on their own. */
export function rulesByGroup(tally: Tally): Array<{ group: SeverityGroup; rules: Array<[string, number]> }> {
  const groups = new Map<SeverityGroup, Array<[string, number]>>();
  for (const entry of rulesBySeverity(tally)) {
    const group = strongestAction(tally, entry[0]);
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return (['deny', 'defer', 'review', 'warn', 'info'] as const)
    .filter((group) => groups.has(group))
    .map((group) => ({ group, rules: groups.get(group)! }));
}

/** The segments line of a simulation report (text and HTML): totals, parts and encodings. */
export function segmentsSummary(tally: Tally, locale: Locale): string {
  return resolveMessage(locale, 'cli.sim.segments', {
    total: tally.segments.total,
    sendable: tally.segments.sendable,
    parts:
      Object.entries(tally.segments.byParts)
        .map(([p, n]) => `${p}×${n}`)
        .join(', ') || '-',
    encodings:
      Object.entries(tally.segments.byEncoding)
        .map(([e, n]) => `${e} ${n}`)
        .join(', ') || '-',
  });
}
