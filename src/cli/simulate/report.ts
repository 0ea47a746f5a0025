/**
 * The simulation report: what `--json` prints and what the text and HTML reports render.
 *
 * The campaign's totals are a `Tally` at the top level (the contract's `total`, `verdicts`, `rules`,
 * `segments.total`); `by` holds the same `Tally` per slice. Today `by.template` (one per campaign entry);
 * a per-country breakdown is `by.country`, keyed by ISO 3166 code, with nothing else to change: the
 * renderers walk `by` generically.
 */
import type { CountryBreakdown } from '../country-breakdown.js';
import type { Template } from '../templates/index.js';
import type { LaneState } from './evaluate.js';
import { createTally, mergeTally, type Tally } from './tally.js';
import type { TimelineReport } from './timeline.js';

export type Breakdown = 'template' | 'country';

export interface TemplateSummary {
  /** Key of this entry in `by.template` (the template id; `id#2` when a campaign repeats a template). */
  key: string;
  id: string;
  kind: string;
  senderId: string;
  file: string;
  recipients: string;
  at: string;
  rate: number | null;
}

export interface OptOutListSummary {
  file: string;
  /** Data rows read. */
  rows: number;
  /** Distinct numbers revoked. */
  revoked: number;
  /** Rows repeating a number already listed. */
  duplicates: number;
  /** Rows whose number could not be parsed: counted, never dropped silently. */
  invalid: number;
  /** Lines of the first invalid rows (up to 20). */
  invalidLines: number[];
}

export interface SimulationReport extends Tally {
  campaign: { id: string; file?: string };
  /** The first (for a single-template run, the only) template. */
  template: { id: string; kind: string; senderId: string; file: string };
  templates: TemplateSummary[];
  account: string;
  /** The earliest planned start. */
  at: string;
  /** Slices of the campaign, each a `Tally`: by template today; by country when routing comes. */
  by: Partial<Record<Breakdown, Record<string, Tally>>> & { template: Record<string, Tally> };
  /** Distinct opted-out numbers loaded (from `--opt-outs`). */
  optOuts?: number;
  optOutList?: OptOutListSummary;
  consent: { source: 'opt-out list' | 'consent db' | 'none'; denied: number };
  /** Earliest retry times of deferred messages, by minute (UTC). */
  deferrals: Array<{ retryAt: string; count: number }>;
  cost?: { perSegment: number; currency: string; segments: number; amount: number };
  /** Verdicts and rules by the recipient's country (issue 16's breakdown). */
  countries: CountryBreakdown;
  timeline: TimelineReport;
  invalidOut?: { file: string; rows: number };
  durationMs: number;
}

export interface ReportInput {
  campaign: { id: string; file?: string };
  account: string;
  lanes: LaneState[];
  deferrals: Map<number, number>;
  timeline: TimelineReport;
  countries: CountryBreakdown;
  consentSource: SimulationReport['consent']['source'];
  optOutList?: OptOutListSummary | undefined;
  price?: { perSegment: number; currency: string } | undefined;
  invalidOut?: { file: string; rows: number } | undefined;
  durationMs: number;
}

/** Deferrals are counted per minute (key: minutes since the epoch); the 20 earliest minutes are reported. */
function topDeferrals(map: Map<number, number>): Array<{ retryAt: string; count: number }> {
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(0, 20)
    .map(([minute, count]) => ({ retryAt: `${new Date(minute * 60_000).toISOString().slice(0, 16)}Z`, count }));
}

function describeTemplate(template: Template, file: string) {
  return { id: template.id, kind: template.kind, senderId: template.senderId, file };
}

export function buildReport(input: ReportInput): SimulationReport {
  const total = createTally();
  const byTemplate: Record<string, Tally> = {};
  const templates: TemplateSummary[] = [];
  for (const lane of input.lanes) {
    mergeTally(total, lane.tally);
    const entry = lane.entry as LaneState['entry'] & { templateFile?: string };
    let key = entry.template.id;
    for (let n = 2; key in byTemplate; n++) key = `${entry.template.id}#${n}`;
    byTemplate[key] = lane.tally;
    templates.push({
      key,
      ...describeTemplate(entry.template, entry.templateFile ?? ''),
      recipients: entry.recipientsLabel,
      at: new Date(entry.atMs).toISOString(),
      rate: entry.rate ?? null,
    });
  }
  const first = templates[0]!;
  const report: SimulationReport = {
    campaign: input.campaign,
    template: { id: first.id, kind: first.kind, senderId: first.senderId, file: first.file },
    templates,
    account: input.account,
    at: new Date(Math.min(...input.lanes.map((lane) => lane.entry.atMs))).toISOString(),
    ...total,
    by: { template: byTemplate },
    consent: { source: input.consentSource, denied: total.consentDenied },
    deferrals: topDeferrals(input.deferrals),
    countries: input.countries,
    timeline: input.timeline,
    durationMs: input.durationMs,
  };
  if (input.optOutList) {
    report.optOuts = input.optOutList.revoked;
    report.optOutList = input.optOutList;
  }
  if (input.price) {
    const segments = total.segments.sendable;
    const amount = Math.round(segments * input.price.perSegment * 1e6) / 1e6;
    report.cost = { ...input.price, segments, amount };
  }
  if (input.invalidOut) report.invalidOut = input.invalidOut;
  return report;
}
