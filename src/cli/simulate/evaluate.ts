/**
 * The simulation loop: the rows of every campaign entry, merged in planned-time order (entries that share
 * an account share its limits, as they would in production), each checked with the real policy and counted
 * in its entry's tally; what may leave goes to the delivery planner; rows that are not messages go to
 * `--invalid-out`.
 */
import { PolicyInputError } from '../../core/errors.js';
import type { Policy } from '../../core/policy.js';
import type { Decision } from '../../core/types.js';
import { countSegments, type SegmentCount } from '../../text/segments.js';
import type { createCountryBreakdown } from '../country-breakdown.js';
import type { Template } from '../templates/index.js';
import type { SampleMessage } from './gate.js';
import type { InvalidRowWriter } from './invalid-out.js';
import { type PlannedRow, plannedRows, type SourceEntry } from './source.js';
import { addDecision, addInvalid, createTally, type Tally } from './tally.js';
import type { DeliveryPlanner } from './timeline.js';

export interface LaneState {
  entry: SourceEntry;
  tally: Tally;
  /** The first message of the lane that may leave: what its gate asks the time rules about. */
  sample?: SampleMessage;
}

export interface EvaluateInput {
  entries: SourceEntry[];
  policy: Policy;
  account: string;
  planner: DeliveryPlanner;
  invalidOut?: InvalidRowWriter | undefined;
  /** Rules whose deferral means a closed window (the stateless time rules), not the pace. */
  windowRuleIds?: ReadonlySet<string>;
  /** Counts decisions by recipient country (what `byCountry` routes by). */
  countries?: ReturnType<typeof createCountryBreakdown>;
  /** Name rows in `--invalid-out` as `file:line` (several recipient files). */
  labelRows?: boolean;
  /** Called with every batch: rows done so far and bytes read of all files. */
  onProgress?: (rows: number, bytes: number) => void;
}

export interface EvaluateResult {
  lanes: LaneState[];
  /** Deferred messages per retry minute (minutes since the epoch). */
  deferrals: Map<number, number>;
}

interface Cursor {
  lane: number;
  rows: AsyncGenerator<PlannedRow[]>;
  batch: PlannedRow[];
  at: number;
  done: boolean;
}

async function refill(cursor: Cursor): Promise<void> {
  while (!cursor.done && cursor.at >= cursor.batch.length) {
    const next = await cursor.rows.next();
    if (next.done) cursor.done = true;
    else {
      cursor.batch = next.value;
      cursor.at = 0;
    }
  }
}

/** Evaluates every row of every entry; returns the lane tallies and deferrals. */
export async function evaluateCampaign(input: EvaluateInput): Promise<EvaluateResult> {
  const { policy, planner, account } = input;
  const lanes: LaneState[] = input.entries.map((entry) => ({ entry, tally: createTally() }));
  const deferrals = new Map<number, number>();
  // Rendered texts repeat (one template, few distinct variable values): count each text's segments once.
  const segmentCache = new Map<string, SegmentCount>();
  const bytesRead = input.entries.map(() => 0);
  const cursors: Cursor[] = input.entries.map((entry, lane) => ({
    lane,
    rows: plannedRows(entry, (bytes) => {
      bytesRead[lane] = bytes;
    }),
    batch: [],
    at: 0,
    done: false,
  }));
  let rows = 0;
  for (const cursor of cursors) await refill(cursor);
  for (;;) {
    let cursor: Cursor | undefined;
    for (const candidate of cursors) {
      if (candidate.done) continue;
      if (!cursor || candidate.batch[candidate.at]!.plannedMs < cursor.batch[cursor.at]!.plannedMs) cursor = candidate;
    }
    if (!cursor) break;
    // Run the chosen entry on until another one's next row is planned earlier.
    const lane = lanes[cursor.lane]!;
    const template = lane.entry.template;
    const limit = cursors.reduce(
      (min, c) => (c === cursor || c.done ? min : Math.min(min, c.batch[c.at]!.plannedMs)),
      Number.POSITIVE_INFINITY,
    );
    while (cursor.at < cursor.batch.length && cursor.batch[cursor.at]!.plannedMs <= limit) {
      const row = cursor.batch[cursor.at++]!;
      rows++;
      const label = input.labelRows ? lane.entry.recipientsLabel : undefined;
      const windowRules = input.windowRuleIds ?? new Set<string>();
      await evaluateRow(
        row,
        {
          lane,
          laneNumber: cursor.lane,
          template,
          account,
          policy,
          planner,
          segmentCache,
          deferrals,
          label,
          windowRules,
          countries: input.countries,
        },
        input.invalidOut,
      );
    }
    if (cursor.at >= cursor.batch.length) {
      input.onProgress?.(
        rows,
        bytesRead.reduce((a, b) => a + b, 0),
      );
      await refill(cursor);
    }
  }
  input.onProgress?.(
    rows,
    bytesRead.reduce((a, b) => a + b, 0),
  );
  return { lanes, deferrals };
}

interface RowContext {
  lane: LaneState;
  laneNumber: number;
  template: Template;
  account: string;
  policy: Policy;
  planner: DeliveryPlanner;
  segmentCache: Map<string, SegmentCount>;
  deferrals: Map<number, number>;
  label: string | undefined;
  windowRules: ReadonlySet<string>;
  countries: ReturnType<typeof createCountryBreakdown> | undefined;
}

async function evaluateRow(row: PlannedRow, ctx: RowContext, invalidOut: InvalidRowWriter | undefined): Promise<void> {
  const { lane, template } = ctx;
  const tally = lane.tally;
  tally.total++;
  if (row.overMaxLength)
    for (const name of row.overMaxLength) tally.overMaxLength[name] = (tally.overMaxLength[name] ?? 0) + 1;
  const message = {
    account: ctx.account,
    senderId: template.senderId,
    kind: template.kind,
    to: row.to,
    text: row.text,
    at: new Date(row.plannedMs),
  };
  let decision: Decision;
  try {
    decision = await ctx.policy.check(message);
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    const issues = error.issues.map((issue) => ({
      field: issue.path.join('.') || '(message)',
      code: issue.code,
      message: issue.message,
    }));
    addInvalid(tally, issues);
    invalidOut?.write(row, issues, ctx.label);
    return;
  }
  let segments = ctx.segmentCache.get(row.text);
  if (!segments) {
    segments = countSegments(row.text);
    if (ctx.segmentCache.size >= 1_024) ctx.segmentCache.clear();
    ctx.segmentCache.set(row.text, segments);
  }
  addDecision(tally, decision, segments);
  ctx.countries?.add(decision);
  if (decision.verdict === 'allow') ctx.planner.arrive(ctx.laneNumber, row.plannedMs, row.plannedMs);
  else if (decision.verdict === 'defer') {
    const retry = decision.retryAt?.getTime() ?? row.plannedMs;
    const windowed = decision.findings.some((f) => f.action === 'defer' && ctx.windowRules.has(f.ruleId));
    ctx.planner.arrive(ctx.laneNumber, row.plannedMs, retry, windowed);
    const minute = Math.floor(retry / 60_000);
    ctx.deferrals.set(minute, (ctx.deferrals.get(minute) ?? 0) + 1);
  }
  if (!lane.sample && (decision.verdict === 'allow' || decision.verdict === 'defer')) {
    lane.sample = {
      account: ctx.account,
      senderId: template.senderId,
      kind: template.kind,
      to: row.to,
      text: row.text,
    };
  }
}
