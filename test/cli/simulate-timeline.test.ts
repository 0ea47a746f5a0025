/** The delivery planner and the CSV reader of simulate, on their own. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRows, readCsv } from '../../src/cli/simulate/csv.js';
import { DeliveryPlanner, type LaneGate } from '../../src/cli/simulate/timeline.js';
import { tempDir } from './_helpers.js';

const open: LaneGate = async (ms) => ms;
/** Closed 21:00-07:00 Amman (18:00-04:00 UTC), like the Jordan quiet hours. */
const quiet: LaneGate = async (ms) => {
  const hour = new Date(ms).getUTCHours();
  if (hour >= 4 && hour < 18) return ms;
  const next = new Date(ms);
  if (hour >= 18) next.setUTCDate(next.getUTCDate() + 1);
  next.setUTCHours(4, 0, 0, 0);
  return next.getTime();
};
const at = (iso: string) => Date.parse(iso);

describe('DeliveryPlanner', () => {
  it('paces a burst at the account throughput: 20/s with a burst of 20', async () => {
    const planner = new DeliveryPlanner({
      timeZone: 'Asia/Amman',
      pace: { perSecond: 20, burst: 20, limitedBy: ['flood/account-throughput'] },
      gates: [open],
    });
    for (let i = 0; i < 1_000; i++) planner.arrive(0, at('2026-12-01T08:00:00Z'), at('2026-12-01T08:00:00Z'));
    const report = await planner.plan();
    expect(report.scheduled).toBe(1_000);
    // 40 in the first second, then 20 a second: 960 more take 48 s.
    expect(report.lastSend).toBe('2026-12-01T08:00:48.000Z');
    expect(report.waitedForPace).toBe(960);
    expect(report.hourly).toEqual([{ hour: '2026-12-01T08:00:00.000Z', sends: 1_000 }]);
  });

  it('stops at quiet hours and goes on the next morning, counting who waits overnight', async () => {
    const planner = new DeliveryPlanner({
      timeZone: 'Asia/Amman',
      pace: { perSecond: 1, burst: 0, limitedBy: ['--rate'] },
      gates: [quiet],
    });
    // 20:30 Amman; 3,600 messages at 1/s: 1,800 go before 21:00, 1,800 wait for 07:00.
    for (let i = 0; i < 3_600; i++) planner.arrive(0, at('2026-12-01T17:30:00Z'), at('2026-12-01T17:30:00Z'));
    const report = await planner.plan();
    expect(report.scheduled).toBe(3_600);
    expect(report.waitedOvernight).toBe(1_800);
    expect(report.waitedForWindow).toBe(1_800);
    expect(report.lastSend).toBe('2026-12-02T04:29:59.000Z');
    expect(report.daily).toEqual([
      { date: '2026-12-01', sends: 1_800 },
      { date: '2026-12-02', sends: 1_800 },
    ]);
    // Every hour of the real duration is there, the quiet ones at zero.
    expect(report.hourly).toHaveLength(12);
    expect(report.hourly.filter((h) => h.sends === 0)).toHaveLength(10);
  });

  it('keeps lanes apart: a closed lane does not hold back an open one sharing the pace', async () => {
    const planner = new DeliveryPlanner({
      timeZone: 'Asia/Amman',
      pace: { perSecond: 10, burst: 0, limitedBy: [] },
      gates: [quiet, open],
    });
    for (let i = 0; i < 50; i++) planner.arrive(0, at('2026-12-01T19:00:00Z'), at('2026-12-01T19:00:00Z'));
    for (let i = 0; i < 50; i++) planner.arrive(1, at('2026-12-01T19:00:00Z'), at('2026-12-01T19:00:00Z'));
    const report = await planner.plan();
    expect(report.lanes[1]).toEqual({
      sent: 50,
      firstSend: '2026-12-01T19:00:00.000Z',
      lastSend: '2026-12-01T19:00:04.000Z',
    });
    expect(report.lanes[0]!.firstSend).toBe('2026-12-02T04:00:00.000Z');
  });

  it('honours a daily cap per local day and deferrals with their retry time', async () => {
    const planner = new DeliveryPlanner({ timeZone: 'Asia/Amman', dailyCap: 100, gates: [open] });
    for (let i = 0; i < 250; i++) planner.arrive(0, at('2026-12-01T08:00:00Z'), at('2026-12-01T08:00:00Z'));
    planner.arrive(0, at('2026-12-01T08:00:00Z'), at('2026-12-05T08:00:00Z'));
    const report = await planner.plan();
    expect(report.daily.filter((d) => d.sends > 0)).toEqual([
      { date: '2026-12-01', sends: 100 },
      { date: '2026-12-02', sends: 100 },
      { date: '2026-12-03', sends: 50 },
      { date: '2026-12-05', sends: 1 },
    ]);
    expect(report.waitedOvernight).toBe(151);
  });

  it('gives up on a lane that never opens, and says how many never leave', async () => {
    const planner = new DeliveryPlanner({ timeZone: 'Asia/Amman', gates: [async () => Number.POSITIVE_INFINITY] });
    planner.arrive(0, 0, 0);
    const report = await planner.plan();
    expect(report).toMatchObject({ scheduled: 0, neverLeave: 1, lastSend: null, hourly: [] });
  });
});

describe('simulate CSV reader', () => {
  it('reads quotes, doubled quotes, quoted line breaks, CRLF, a BOM and blank lines', () => {
    const text = '\uFEFFto,name\r\n0791,"Smith, ""Jo"""\r\n\r\n0792,"two\nlines"\n0793,  spaced  \n';
    const { rows, rest } = parseRows(text.slice(1), 1, true, 'x.csv');
    expect(rest).toBe('');
    expect(rows).toEqual([
      { line: 1, fields: ['to', 'name'] },
      { line: 2, fields: ['0791', 'Smith, "Jo"'] },
      { line: 4, fields: ['0792', 'two\nlines'] },
      { line: 6, fields: ['0793', 'spaced'] },
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const lines = ['to,name'];
      for (let i = 0; i < 30_000; i++) lines.push(i % 7 === 0 ? `07${i},"Name ""${i}"", \nمحمد"` : `07${i},سارة ${i}`);
      const file = join(dir, 'big.csv');
      writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
      const rows = [];
      for await (const batch of readCsv(file, 'big.csv')) rows.push(...batch);
      expect(rows).toHaveLength(30_001);
      expect(rows[1]).toEqual({ line: 2, fields: ['070', 'Name "0", \nمحمد'] });
      expect(rows[30_000]!.fields).toEqual(['0729999', 'سارة 29999']);
      // Line numbers count the line breaks inside quoted fields.
      expect(rows[30_000]!.line).toBe(30_001 + Math.ceil(30_000 / 7));
    } finally {
      cleanup();
    }
  });

  it('names the file and line of a quote that is never closed', () => {
    expect(() => parseRows('to\n"0791\n', 1, true, 'bad.csv')).toThrow(/bad\.csv:2: a quoted field is not closed/);
  });
});
