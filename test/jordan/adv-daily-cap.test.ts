import { describe, expect, it } from 'vitest';
import { advDailyCap } from '../../src/jordan/adv-daily-cap.js';
import { jordanRules } from '../../src/jordan/index.js';
import { DayWindowStore, of, run } from './_helpers.js';

const ID = 'jordan/adv-daily-cap';

type Step = { senderId?: string; to?: string; kind?: string; at: string; expected: string[] };

// Amman days: in 2026 a day starts at 21:00Z; in winter 2021 at 22:00Z.
const scenarios: Array<{ name: string; action?: 'warn' | 'deny' | 'defer'; steps: Step[] }> = [
  {
    name: 'second ADV of the day from one sender warns by default',
    steps: [
      { at: '2026-03-10T08:00:00Z', expected: [] },
      { at: '2026-03-10T15:00:00Z', expected: ['warn'] },
    ],
  },
  {
    name: 'deny when configured; other senders and recipients have their own budget',
    action: 'deny',
    steps: [
      { at: '2026-03-10T08:00:00Z', expected: [] },
      { at: '2026-03-10T09:00:00Z', expected: ['deny'] },
      { senderId: 'adv Other', at: '2026-03-10T09:00:00Z', expected: [] },
      { to: '+962771234567', at: '2026-03-10T09:00:00Z', expected: [] },
    ],
  },
  {
    name: 'vendor spellings of one sender share a budget',
    action: 'deny',
    steps: [
      { senderId: 'adv Acme', at: '2026-03-10T08:00:00Z', expected: [] },
      { senderId: 'ADV-Acme', at: '2026-03-10T09:00:00Z', expected: ['deny'] },
    ],
  },
  {
    name: 'the budget renews at Amman midnight (21:00Z), not UTC midnight',
    action: 'deny',
    steps: [
      { at: '2026-03-10T20:59:59Z', expected: [] },
      { at: '2026-03-10T21:00:00Z', expected: [] },
      { at: '2026-03-10T23:59:00Z', expected: ['deny'] },
    ],
  },
  {
    name: 'in winter 2021 (UTC+2) the day starts at 22:00Z',
    action: 'deny',
    steps: [
      { at: '2021-01-14T21:30:00Z', expected: [] },
      { at: '2021-01-14T21:59:00Z', expected: ['deny'] },
      { at: '2021-01-14T22:00:00Z', expected: [] },
    ],
  },
  {
    name: 'service messages are not capped',
    action: 'deny',
    steps: [
      { kind: 'SRV', senderId: 'Acme', at: '2026-03-10T08:00:00Z', expected: [] },
      { kind: 'SRV', senderId: 'Acme', at: '2026-03-10T09:00:00Z', expected: [] },
    ],
  },
];

describe('jordan/adv-daily-cap', () => {
  it.each(scenarios)('$name', async ({ action, steps }) => {
    const rules = [advDailyCap(action ? { action } : {})];
    const rateStore = new DayWindowStore();
    for (const step of steps) {
      const { expected, ...message } = step;
      const found = of(await run(rules, message, { rateStore }), ID);
      expect(found.map((f) => f.action)).toEqual(expected);
    }
  });

  it('claims a fixed Amman-day window of one', async () => {
    const rateStore = new DayWindowStore();
    await run([advDailyCap()], { at: '2026-03-10T08:00:00Z' }, { rateStore });
    expect(rateStore.seen[0]).toEqual([
      {
        key: 'jordan:adv-day:advacme:+962791234567',
        limit: 1,
        windowMs: 86_400_000,
        algorithm: 'fixed',
        timeZone: 'Asia/Amman',
      },
    ]);
  });

  it('defer gives retryAt at the next Amman midnight; evidence masks the number', async () => {
    const rateStore = new DayWindowStore();
    const rules = [advDailyCap({ action: 'defer' })];
    await run(rules, { at: '2026-03-10T08:00:00Z' }, { rateStore });
    const decision = await run(rules, { at: '2026-03-10T09:00:00Z' }, { rateStore });
    expect(decision.verdict).toBe('defer');
    expect(decision.retryAt?.toISOString()).toBe('2026-03-10T21:00:00.000Z');
    expect(JSON.stringify(decision)).not.toContain('791234567');
  });

  it('without a rate store the policy skips it', async () => {
    const decision = await run([advDailyCap({ action: 'deny' })], { at: '2026-03-10T08:00:00Z' });
    const again = await run([advDailyCap({ action: 'deny' })], { at: '2026-03-10T09:00:00Z' });
    expect(of(decision, ID)).toEqual([]);
    expect(of(again, ID)).toEqual([]);
  });

  it('a message deferred by quiet hours consumes no budget', async () => {
    const rateStore = new DayWindowStore();
    const rules = jordanRules({ actions: { 'jordan/adv-daily-cap': 'deny' } });
    const night = await run(rules, { at: '2026-03-10T19:30:00Z' }, { rateStore }); // 22:30
    expect(night.verdict).toBe('defer');
    expect(rateStore.seen).toEqual([]);
  });
});
