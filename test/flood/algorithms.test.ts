/**
 * Property tests of the limiter algorithms against simple reference models, on a fake clock
 * (sorted random instants; no real time passes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedWindowDecide, type FixedWindowState } from '../../src/flood/fixed-window.js';
import { gcraDecide } from '../../src/flood/gcra.js';
import { type SlidingLogState, slidingLogDecide } from '../../src/flood/sliding-log.js';
import { calendarWindow } from '../../src/core/time-zone.js';
import { maxInWindow } from './_fixture.js';

/** Sorted instants from a start and gaps (the fake clock). */
const clock = (maxGap: number, length = 120) =>
  fc.array(fc.integer({ min: 0, max: maxGap }), { minLength: 1, maxLength: length }).map((gaps) => {
    let t = 1_700_000_000_000;
    return gaps.map((gap) => (t += gap));
  });

describe('GCRA', () => {
  it('decides exactly like a leaky-bucket reference model', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 10 }),
        clock(400),
        (limit, step, burst, times) => {
          const windowMs = limit * step; // integral emission interval keeps both models exact
          let tat: number | undefined;
          let level = 0; // reference: work queued in the bucket, in ms, drains 1 ms per ms
          let last = times[0]!;
          for (const now of times) {
            level = Math.max(0, level - (now - last));
            last = now;
            const expected = level <= burst * step;
            const outcome = gcraDecide(tat, now, { limit, windowMs, burst });
            expect(outcome.allowed).toBe(expected);
            if (expected) {
              level += step;
              tat = outcome.tat;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never allows more than limit + burst in any rolling window (fractional intervals too)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 10 }),
        clock(200, 200),
        (limit, windowMs, burst, times) => {
          let tat: number | undefined;
          const allowed: number[] = [];
          for (const now of times) {
            const outcome = gcraDecide(tat, now, { limit, windowMs, burst });
            if (outcome.allowed) {
              tat = outcome.tat;
              allowed.push(now);
            }
          }
          expect(maxInWindow(allowed, windowMs)).toBeLessThanOrEqual(limit + burst);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('retryAfterMs is exact: refused just before it, allowed at it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 3 }),
        (limit, step, burst) => {
          const params = { limit, windowMs: limit * step, burst };
          let tat: number | undefined;
          const now = 1_000_000;
          let outcome = gcraDecide(tat, now, params);
          while (outcome.allowed) {
            tat = outcome.tat;
            outcome = gcraDecide(tat, now, params);
          }
          const retry = outcome.retryAfterMs;
          if (retry > 1) expect(gcraDecide(tat, now + retry - 1, params).allowed).toBe(false);
          expect(gcraDecide(tat, now + retry, params).allowed).toBe(true);
        },
      ),
    );
  });

  it('a steady stream at the declared rate always passes', () => {
    let tat: number | undefined;
    for (let i = 0; i < 1_000; i++) {
      const outcome = gcraDecide(tat, i * 50, { limit: 20, windowMs: 1_000 });
      expect(outcome.allowed).toBe(true);
      tat = outcome.tat;
    }
  });
});

const ammanDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Amman',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('fixed calendar windows', () => {
  it('a one-day Asia/Amman window is the Amman calendar date, across DST years', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2019-01-01'), max: Date.parse('2026-12-31') }), (now) => {
        const here = calendarWindow(now, 86_400_000, 'Asia/Amman');
        expect(ammanDate.format(new Date(here.endMs - 1))).toBe(ammanDate.format(new Date(now)));
        expect(ammanDate.format(new Date(here.endMs))).not.toBe(ammanDate.format(new Date(now)));
        const next = calendarWindow(here.endMs, 86_400_000, 'Asia/Amman');
        expect(next.index).toBe(here.index + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('the day before a spring-forward midnight ends exactly at the transition, from any instant of it', () => {
    // Amman skipped 2021-03-26 00:00–01:00 local (22:00Z). A window asked for at 21:00Z once ended 1 ms late.
    const transition = Date.parse('2021-03-25T22:00:00Z');
    for (const now of [transition - 3_600_000, transition - 900_000, transition - 1, transition - 86_000_000]) {
      expect(calendarWindow(now, 86_400_000, 'Asia/Amman').endMs).toBe(transition);
    }
  });

  it.each([
    ['spring forward, a 23-hour day', '2021-03-26T12:00:00Z', 23],
    ['fall back, a 25-hour day', '2021-10-29T12:00:00Z', 25],
    ['an ordinary day', '2021-06-10T12:00:00Z', 24],
    ['UTC+3 all year since 2022', '2024-03-29T12:00:00Z', 24],
  ])('Amman day length on %s', (_label, iso, hours) => {
    const day = calendarWindow(Date.parse(iso), 86_400_000, 'Asia/Amman');
    const previous = calendarWindow(day.endMs - 1, 86_400_000, 'Asia/Amman');
    const before = calendarWindow(Date.parse(iso) - 86_400_000 * 2, 86_400_000, 'Asia/Amman');
    expect(previous.index).toBe(day.index);
    // Find the start: the end of the previous window.
    let start = before.endMs;
    while (calendarWindow(start, 86_400_000, 'Asia/Amman').index < day.index) {
      start = calendarWindow(start, 86_400_000, 'Asia/Amman').endMs;
    }
    expect((day.endMs - start) / 3_600_000).toBe(hours);
  });

  it('counts match a per-date reference model and never exceed the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), clock(3 * 3_600_000, 150), (limit, times) => {
        const shifted = times.map((t) => t - 1_700_000_000_000 + Date.parse('2021-03-20T00:00:00Z')); // spans DST
        let state: FixedWindowState | undefined;
        const reference = new Map<string, number>();
        for (const now of shifted) {
          const date = ammanDate.format(new Date(now));
          const expected = (reference.get(date) ?? 0) < limit;
          const outcome = fixedWindowDecide(state, now, { limit, windowMs: 86_400_000, timeZone: 'Asia/Amman' });
          expect(outcome.allowed).toBe(expected);
          if (outcome.allowed) {
            state = outcome.state;
            reference.set(date, (reference.get(date) ?? 0) + 1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('UTC windows without a zone align to the epoch', () => {
    expect(calendarWindow(90_000, 60_000)).toEqual({ index: 1, endMs: 120_000 });
  });
});

describe('sliding log', () => {
  it('matches the reference model: allowed iff fewer than limit allowed events in (now - W, now]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 2_000 }),
        clock(300),
        (limit, windowMs, times) => {
          let state: SlidingLogState | undefined;
          const allowed: number[] = [];
          for (const now of times) {
            const inWindow = allowed.filter((t) => now - t < windowMs).length;
            const outcome = slidingLogDecide(state, now, { limit, windowMs });
            expect(outcome.allowed).toBe(inWindow < limit);
            if (outcome.allowed) {
              state = outcome.state;
              allowed.push(now);
            } else {
              // The retry time is exact: at it, one more fits.
              const later = now + outcome.retryAfterMs;
              expect(allowed.filter((t) => later - t < windowMs).length).toBeLessThan(limit);
            }
          }
          expect(maxInWindow(allowed, windowMs)).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with members, counts distinct members in the window like a reference map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')), {
          minLength: 1,
          maxLength: 100,
        }),
        (limit, steps) => {
          const windowMs = 1_000;
          let now = 0;
          let state: SlidingLogState | undefined;
          const last = new Map<string, number>(); // reference: member → last allowed time
          for (const [gap, member] of steps) {
            now += gap;
            const live = [...last].filter(([, t]) => now - t < windowMs);
            const known = live.some(([m]) => m === member);
            const expected = known || live.length < limit;
            const outcome = slidingLogDecide(state, now, { limit, windowMs }, member);
            expect(outcome.allowed).toBe(expected);
            if (outcome.allowed) {
              state = outcome.state;
              last.set(member, now);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not mutate the state it is given', () => {
    const state: SlidingLogState = { times: [1, 2, 3] };
    slidingLogDecide(state, 2_000, { limit: 5, windowMs: 1_000 });
    expect(state.times).toEqual([1, 2, 3]);
  });
});
