/**
 * The delivery timeline: when the messages of a campaign would actually leave.
 *
 * Every message the policy lets through (allowed, or deferred with a `retryAt`) becomes eligible at its
 * planned time or its `retryAt`. The planner then sends, second by second, what the sender may send:
 * - a lane (one template, later one template and recipient country) sends only while its gate is open
 *   (quiet hours, holidays: the policy's own time rules, asked at that instant, see `_gate.ts`);
 * - all lanes share the account's pace: the slower of `--rate` and the flood pack's account throughput,
 *   a token bucket refilled every second (its burst on top);
 * - and at most `dailyCap` messages per local day of the report's time zone, when one is set.
 * Waiting messages leave first-come first-served. Held-for-review and denied messages never leave.
 * Arrivals are kept as counts per second (runs), never per message, so ten million cost little.
 */
import { timeZoneOffsetMs } from '../../core/time-zone.js';

export interface DeliveryPace {
  /** Messages per second in the steady state. */
  perSecond: number;
  /** Extra messages that may go at once after an idle spell. */
  burst: number;
  /** What sets it: `--rate`, `flood/account-throughput`. */
  limitedBy: string[];
}

/** When a lane may send: `ms` itself when open, else the next instant it opens (Infinity for never). */
export type LaneGate = (ms: number) => Promise<number>;

export interface TimelineOptions {
  timeZone: string;
  pace?: DeliveryPace | undefined;
  dailyCap?: number | undefined;
  /** One gate per lane; the lane number is its index. */
  gates: LaneGate[];
  /** Per lane, the sender's own pace (`--rate` of that template), messages per second. */
  laneRates?: Array<number | undefined>;
}

export interface LaneTimeline {
  sent: number;
  firstSend?: string;
  lastSend?: string;
}

export interface TimelineReport {
  timeZone: string;
  pace: DeliveryPace | null;
  dailyCap: number | null;
  /** Messages that leave (allowed and deferred ones). */
  scheduled: number;
  firstSend: string | null;
  /** When the last message leaves: the campaign's real end. */
  lastSend: string | null;
  /** From the first planned send to the last real one. */
  durationMs: number;
  /** Leave on a later local day than planned. */
  waitedOvernight: number;
  /** Had to wait for a closed window (quiet hours, holiday). */
  waitedForWindow: number;
  /** Had to wait for the pace or the daily cap. */
  waitedForPace: number;
  /** Found no open window within a year (a rule that always defers): never leave. */
  neverLeave: number;
  /** Sends per hour over the campaign's real duration (every hour from the first send to the last). */
  hourly: Array<{ hour: string; sends: number }>;
  daily: Array<{ date: string; sends: number }>;
  lanes: LaneTimeline[];
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const GIVE_UP_MS = 366 * DAY_MS;

/** Waiting messages of one lane that arrived in one second for one planned local day. */
interface Run {
  plannedDay: number;
  count: number;
  /** The lane was closed at some point while they waited. */
  blocked: boolean;
  eligible: number;
}

interface Arrival {
  second: number;
  plannedDay: number;
  count: number;
  /** Deferred by a time rule (quiet hours, a holiday): they waited for a window before arriving. */
  windowed: boolean;
}

export class DeliveryPlanner {
  readonly #options: TimelineOptions;
  /** Per lane: in-order arrivals as runs, out-of-order ones (deferrals) by second and planned day. */
  readonly #runs: Arrival[][];
  readonly #later: Array<Map<string, Arrival>>;
  #firstPlanned = Number.POSITIVE_INFINITY;

  constructor(options: TimelineOptions) {
    this.#options = options;
    this.#runs = options.gates.map(() => []);
    this.#later = options.gates.map(() => new Map());
  }

  /**
   * One message of `lane` that may leave from `eligibleMs` on; it was planned for `plannedMs`. `windowed`:
   * the policy deferred it to a window (quiet hours, a holiday) rather than for the pace.
   */
  arrive(lane: number, plannedMs: number, eligibleMs: number, windowed = false): void {
    if (plannedMs < this.#firstPlanned) this.#firstPlanned = plannedMs;
    const second = Math.floor(Math.max(eligibleMs, plannedMs) / 1000);
    const plannedDay = this.dayOf(plannedMs);
    const runs = this.#runs[lane]!;
    const last = runs[runs.length - 1];
    if (last && last.second === second && last.plannedDay === plannedDay && last.windowed === windowed) {
      last.count++;
      return;
    }
    if (eligibleMs <= plannedMs && !windowed && (!last || last.second <= second)) {
      runs.push({ second, plannedDay, count: 1, windowed });
      return;
    }
    const key = `${second}|${plannedDay}|${windowed}`;
    const later = this.#later[lane]!;
    const entry = later.get(key);
    if (entry) entry.count++;
    else later.set(key, { second, plannedDay, count: 1, windowed });
  }

  /** The local day number of an instant in the report's zone. */
  dayOf(ms: number): number {
    return Math.floor((ms + timeZoneOffsetMs(this.#options.timeZone, ms)) / DAY_MS);
  }

  #arrivals(): Arrival[][] {
    return this.#runs.map((runs, lane) => {
      const later = [...this.#later[lane]!.values()];
      if (later.length === 0) return runs;
      return [...runs, ...later].sort((a, b) => a.second - b.second || a.plannedDay - b.plannedDay);
    });
  }

  /** Plans every arrival and reports the timeline. */
  async plan(): Promise<TimelineReport> {
    const { pace, dailyCap, gates } = this.#options;
    const arrivals = this.#arrivals();
    const next = arrivals.map(() => 0);
    const queues: Run[][] = arrivals.map(() => []);
    const lanes: LaneTimeline[] = arrivals.map(() => ({ sent: 0 }));
    const hourly = new Map<number, number>();
    const stats = { scheduled: 0, overnight: 0, window: 0, pace: 0, never: 0, first: Infinity, last: -Infinity };
    const capacity = pace ? pace.perSecond + pace.burst : Infinity;
    let tokens = capacity;
    const laneRates = this.#options.laneRates ?? [];
    const laneTokens = arrivals.map((_, lane) => laneRates[lane] ?? Infinity);
    let day = Number.NaN;
    let sentToday = 0;
    const nextArrival = () => Math.min(...arrivals.map((list, lane) => list[next[lane]!]?.second ?? Infinity));
    let t = nextArrival();
    while (Number.isFinite(t)) {
      for (const [lane, list] of arrivals.entries()) {
        for (let a = list[next[lane]!]; a && a.second <= t; a = list[++next[lane]!]) {
          queues[lane]!.push({ plannedDay: a.plannedDay, count: a.count, blocked: a.windowed, eligible: a.second });
        }
      }
      const today = this.dayOf(t * 1000);
      if (today !== day) {
        day = today;
        sentToday = 0;
      }
      let budget = Math.min(Math.floor(tokens), dailyCap === undefined ? Infinity : dailyCap - sentToday);
      let wake = Infinity;
      let waiting = false;
      for (const [lane, queue] of queues.entries()) {
        if (queue.length === 0) continue;
        const opens = await gates[lane]!(t * 1000);
        if (opens > t * 1000) {
          for (const run of queue) run.blocked = true;
          if (opens - t * 1000 > GIVE_UP_MS) {
            for (const run of queue.splice(0)) stats.never += run.count;
          } else wake = Math.min(wake, Math.ceil(opens / 1000));
          continue;
        }
        while (queue.length > 0 && budget > 0 && laneTokens[lane]! >= 1) {
          const run = queue[0]!;
          const n = Math.min(run.count, budget, Math.floor(laneTokens[lane]!));
          budget -= n;
          tokens -= n;
          laneTokens[lane]! -= n;
          sentToday += n;
          run.count -= n;
          stats.scheduled += n;
          if (today > run.plannedDay) stats.overnight += n;
          if (run.blocked) stats.window += n;
          else if (t > run.eligible) stats.pace += n;
          hourly.set(Math.floor(t / 3600), (hourly.get(Math.floor(t / 3600)) ?? 0) + n);
          const laneStats = lanes[lane]!;
          laneStats.sent += n;
          laneStats.firstSend ??= new Date(t * 1000).toISOString();
          laneStats.lastSend = new Date(t * 1000).toISOString();
          stats.first = Math.min(stats.first, t);
          stats.last = Math.max(stats.last, t);
          if (run.count === 0) queue.shift();
        }
        if (queue.length > 0) waiting = true;
      }
      // Next second while the pace or the daily cap holds messages back; else the next event.
      let after = Math.min(wake, nextArrival());
      if (waiting) {
        const capped = dailyCap !== undefined && sentToday >= dailyCap;
        after = Math.min(after, capped ? this.#nextMidnight(t) : t + Math.max(1, this.#refillWait(tokens)));
      }
      if (pace && Number.isFinite(after)) tokens = Math.min(capacity, tokens + pace.perSecond * (after - t));
      for (const [lane, rate] of laneRates.entries()) {
        if (rate !== undefined && Number.isFinite(after)) {
          laneTokens[lane] = Math.min(Math.max(1, rate), laneTokens[lane]! + rate * (after - t));
        }
      }
      t = after;
    }
    return this.#report(stats, hourly, lanes);
  }

  /** Seconds until the bucket holds one token again. */
  #refillWait(tokens: number): number {
    const pace = this.#options.pace;
    const slowest = Math.min(pace?.perSecond ?? Infinity, ...(this.#options.laneRates ?? []).map((r) => r ?? Infinity));
    if (!Number.isFinite(slowest) || (tokens >= 1 && slowest >= 1)) return 1;
    return Math.ceil(1 / slowest);
  }

  #nextMidnight(second: number): number {
    const ms = second * 1000;
    const local = ms + timeZoneOffsetMs(this.#options.timeZone, ms);
    const midnightLocal = (Math.floor(local / DAY_MS) + 1) * DAY_MS;
    return Math.ceil((midnightLocal - timeZoneOffsetMs(this.#options.timeZone, ms)) / 1000);
  }

  #report(
    stats: {
      scheduled: number;
      overnight: number;
      window: number;
      pace: number;
      never: number;
      first: number;
      last: number;
    },
    hourly: Map<number, number>,
    lanes: LaneTimeline[],
  ): TimelineReport {
    const { timeZone, pace, dailyCap } = this.#options;
    const sent = stats.scheduled > 0;
    const hours: TimelineReport['hourly'] = [];
    const days = new Map<string, number>();
    if (sent) {
      for (let h = Math.floor(stats.first / 3600); h <= Math.floor(stats.last / 3600); h++) {
        const sends = hourly.get(h) ?? 0;
        hours.push({ hour: new Date(h * HOUR_MS).toISOString(), sends });
        const date = localDate(h * HOUR_MS, timeZone);
        days.set(date, (days.get(date) ?? 0) + sends);
      }
    }
    const start = Number.isFinite(this.#firstPlanned) ? this.#firstPlanned : 0;
    return {
      timeZone,
      pace: pace ?? null,
      dailyCap: dailyCap ?? null,
      scheduled: stats.scheduled,
      firstSend: sent ? new Date(stats.first * 1000).toISOString() : null,
      lastSend: sent ? new Date(stats.last * 1000).toISOString() : null,
      durationMs: sent ? Math.max(0, stats.last * 1000 - start) : 0,
      waitedOvernight: stats.overnight,
      waitedForWindow: stats.window,
      waitedForPace: stats.pace,
      neverLeave: stats.never,
      hourly: hours,
      daily: [...days].map(([date, sends]) => ({ date, sends })),
      lanes,
    };
  }
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDate(ms: number, timeZone: string): string {
  return new Date(ms + timeZoneOffsetMs(timeZone, ms)).toISOString().slice(0, 10);
}
