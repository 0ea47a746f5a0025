/** The text report of a simulation (stdout), in the chosen locale. */
import { resolveMessage } from '../../locales/catalog.js';
import { formatCountryBreakdown } from '../country-breakdown.js';
import type { Locale } from '../../core/types.js';
import { rulesBySeverity, segmentsSummary } from './present.js';
import type { SimulationReport } from './report.js';
import type { Tally } from './tally.js';

type Translate = (id: string, params?: Record<string, string | number>) => string;

function verdictLines(tally: Tally, t: Translate): string[] {
  const pct = (n: number) => (tally.total > 0 ? `${((100 * n) / tally.total).toFixed(1)}%` : '0%');
  const lines: string[] = [];
  for (const verdict of ['allow', 'review', 'defer', 'deny'] as const) {
    const n = tally.verdicts[verdict];
    lines.push(`  ${t(`cli.verdict.${verdict}`).padEnd(8)} ${String(n).padStart(9)}  ${pct(n)}`);
  }
  if (tally.invalid > 0) {
    const reasons = Object.entries(tally.invalidByReason)
      .map(([reason, n]) => `${reason}: ${n}`)
      .join(', ');
    lines.push(
      `  ${t('cli.sim.invalid').padEnd(8)} ${String(tally.invalid).padStart(9)}  ${pct(tally.invalid)}  (${reasons})`,
    );
  }
  return lines;
}

function timelineLines(report: SimulationReport, t: Translate): string[] {
  const timeline = report.timeline;
  const lines = ['', t('cli.sim.timeline')];
  if (!timeline.lastSend) return [...lines, `  ${t('cli.sim.none')}`];
  lines.push(
    `  ${t('cli.sim.timeline.window', { first: timeline.firstSend!, last: timeline.lastSend, hours: (timeline.durationMs / 3_600_000).toFixed(1) })}`,
    `  ${t('cli.sim.timeline.waits', { scheduled: timeline.scheduled, overnight: timeline.waitedOvernight, window: timeline.waitedForWindow, pace: timeline.waitedForPace })}`,
  );
  if (timeline.pace)
    lines.push(`  ${t('cli.sim.timeline.pace', { perSecond: timeline.pace.perSecond, burst: timeline.pace.burst })}`);
  if (timeline.neverLeave > 0) lines.push(`  ${t('cli.sim.timeline.never', { count: timeline.neverLeave })}`);
  for (const day of timeline.daily) lines.push(`  ${day.date}  ${String(day.sends).padStart(9)}`);
  return lines;
}

/** Text summary of a simulation. */
export function formatSimulation(report: SimulationReport, locale: Locale): string {
  const t: Translate = (id, p = {}) => resolveMessage(locale, id, p);
  const title =
    report.templates.length > 1
      ? t('cli.sim.title.campaign', { campaign: report.campaign.id, templates: report.templates.length, at: report.at })
      : t('cli.sim.title', {
          template: report.template.id,
          kind: report.template.kind,
          senderId: report.template.senderId,
          at: report.at,
        });
  const lines = [
    title,
    t('cli.sim.total', {
      total: report.total,
      seconds: (report.durationMs / 1000).toFixed(1),
      invalid: report.invalid,
    }),
  ];
  if (report.optOutList) {
    const list = report.optOutList;
    lines.push(t('cli.sim.opt-outs', { count: list.revoked }));
    if (list.invalid > 0 || list.duplicates > 0) {
      lines.push(
        t('cli.sim.opt-outs.problems', {
          invalid: list.invalid,
          duplicates: list.duplicates,
          lines: list.invalidLines.join(', ') || '-',
        }),
      );
    }
  }
  lines.push(t('cli.sim.consent-denied', { count: report.consent.denied }));
  lines.push('', t('cli.sim.verdicts'), ...verdictLines(report, t));
  for (const [name, count] of Object.entries(report.overMaxLength))
    lines.push(t('cli.sim.over-max-length', { name, count }));
  if (report.templates.length > 1) {
    for (const template of report.templates) {
      const tally = report.by.template[template.key]!;
      lines.push(
        '',
        t('cli.sim.per-template', { template: template.key, recipients: template.recipients }),
        ...verdictLines(tally, t),
      );
    }
  }
  lines.push('', t('cli.sim.rules'));
  const rules = rulesBySeverity(report);
  if (rules.length === 0) lines.push(`  ${t('cli.sim.none')}`);
  for (const [ruleId, n] of rules) {
    const actions = Object.entries(report.ruleActions[ruleId] ?? {})
      .map(([a, c]) => `${a} ${c}`)
      .join(', ');
    lines.push(`  ${ruleId.padEnd(36)} ${String(n).padStart(9)}  (${actions})`);
  }
  lines.push('', t('cli.sim.deferrals'));
  if (report.deferrals.length === 0) lines.push(`  ${t('cli.sim.none')}`);
  for (const { retryAt, count } of report.deferrals) lines.push(`  ${retryAt}  ${String(count).padStart(9)}`);
  lines.push(...formatCountryBreakdown(report.countries, locale));
  lines.push(...timelineLines(report, t));
  lines.push('', segmentsSummary(report, locale));
  if (report.cost) {
    lines.push(
      t('cli.sim.cost', {
        amount: report.cost.amount.toFixed(3),
        currency: report.cost.currency,
        segments: report.cost.segments,
        price: report.cost.perSegment,
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
