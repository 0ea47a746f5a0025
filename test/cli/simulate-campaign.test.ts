/**
 * simulate at scale, as a user meets it: --invalid-out, counted opt-out failures, CI progress lines, output
 * paths checked before the run, the delivery timeline, the cost estimate and campaign files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from './_helpers.js';

const TEMPLATE = `id: promo
kind: ADV
senderId: adv Acme
text: "Hi {{name}}, 20% off. Reply STOP to 94444"
variables:
  name: { example: Omar, maxLength: 10 }
`;
const REMINDER = `id: reminder
kind: ADV
senderId: adv Acme
text: "Last day {{name}}: 20% off. STOP to 94444"
variables:
  name: { example: Omar }
`;

// 8 rows: three invalid numbers (lines 3, 6 and 9), one opted out (0791000004).
const RECIPIENTS = [
  'to,name',
  '0791000001,Omar',
  'not-a-number,Bad',
  '0791000003,Sara',
  '0791000004,Lina',
  '07912,Short',
  '0791000006,Ali',
  '0781000007,Huda',
  '+96279123456789,Long',
].join('\n');

const OPT_OUTS = ['to', '0791000004', 'garbage', '0791000004', '', '12', '+962 79 100 0006'].join('\n');

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir({
    't.yaml': TEMPLATE,
    'reminder.yaml': REMINDER,
    'r.csv': RECIPIENTS,
    'vip.csv': 'to,name\n0771000001,Rana\n0771000002,Sami\n',
    'o.csv': OPT_OUTS,
    'ragged.csv': 'to,name\n0791000001\n',
    'campaign.yaml': [
      'id: december',
      'account: acme',
      'at: 2026-12-01T10:00:00Z',
      'recipients: r.csv',
      'optOuts: o.csv',
      'price: { perSegment: 0.02, currency: USD }',
      'templates:',
      '  - template: t.yaml',
      '  - template: reminder.yaml',
      '    at: 2026-12-02T10:00:00Z',
      '  - template: t.yaml',
      '    recipients: vip.csv',
    ].join('\n'),
    'bad-campaign.yaml': 'templates:\n  - template: t.yaml\n',
  }));
});
afterAll(() => cleanup());

describe('simulate: invalid rows, opt-out failures, progress', () => {
  it('--invalid-out lists each bad row with its line, field and reason, numbers masked', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--invalid-out', 'bad.csv', '--json'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.invalid).toBe(3);
    expect(report.invalidByReason).toEqual({ 'to: invalid_phone': 3 });
    expect(report.invalidOut).toEqual({ file: 'bad.csv', rows: 3 });
    const lines = readFileSync(join(dir, 'bad.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('row,field,reason');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['3', '6', '9']);
    expect(lines[1]).toContain('to,"to: invalid_phone');
    // The too-long number is masked, never written whole.
    expect(lines[3]).toMatch(/\+962•••|\+96279•••/);
    expect(readFileSync(join(dir, 'bad.csv'), 'utf8')).not.toContain('123456789');
    expect(result.stderr).toContain('3 invalid row(s) listed in bad.csv');
  });

  it('counts opt-out rows that are not numbers, and repeats, instead of dropping them', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--opt-outs', 'o.csv', '--json'], dir);
    const report = JSON.parse(result.stdout);
    expect(report.optOutList).toEqual({
      file: 'o.csv',
      rows: 5,
      revoked: 2,
      duplicates: 1,
      invalid: 2,
      invalidLines: [3, 6],
    });
    expect(report.optOuts).toBe(2);
    expect(report.consent).toEqual({ source: 'opt-out list', denied: 2 });
    const text = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--opt-outs', 'o.csv'], dir);
    expect(text.stdout).toContain('Opt-out list: 2 row(s) without a valid number (lines 3, 6), 1 repeated number(s)');
  });

  it('prints plain progress lines on stderr when it is not a terminal', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--json'], dir, undefined, {
      env: { SMS_POLICY_PROGRESS_MS: '0' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^simulate: 8 rows, 100% read, [\d.]+ s elapsed/m);
    expect(result.stderr).not.toContain('\r');
    JSON.parse(result.stdout);
  });

  it.each([
    [
      '--html',
      ['--html', 'missing/report.html'],
      /--html missing\/report\.html: cannot write the file \(no such directory: missing\)/,
    ],
    [
      '--output',
      ['--output', 'nowhere/out.json'],
      /--output nowhere\/out\.json: cannot write the file \(no such directory: nowhere\)/,
    ],
    ['--invalid-out', ['--invalid-out', '.'], /--invalid-out \.: is a directory/],
  ])('checks %s before the run: exit 2, no stack trace, nothing read', async (_name, flags, pattern) => {
    // The recipients file is broken: an error about it would mean the run had started.
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'ragged.csv', ...flags], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/ragged|unexpected|\n\s+at /);
  });

  it('--output writes the report to a file and says so', async () => {
    const result = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--json', '--output', 'report.json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).total).toBe(8);
    expect(result.stdout).toBe('Report written to report.json\n');
  });
});

describe('simulate: delivery timeline and cost', () => {
  it('puts messages planned in quiet hours on the next morning, paced, and counts who waits overnight', async () => {
    const { dir: d, cleanup: c } = tempDir({
      'sms-policy.config.yaml': 'packs:\n  time: true\n',
      't.yaml': TEMPLATE,
      'r.csv': RECIPIENTS,
    });
    try {
      // 20:59:58 UTC at one row per second: row 1 goes before 21:00 (the test quiet rule; row 2 is not a
      // number), the four valid rows after it wait for 07:00 UTC and leave one per second (the sender's pace).
      const result = await run(
        ['simulate', '-t', 't.yaml', '-r', 'r.csv', '--at', '2026-12-01T20:59:58Z', '--rate', '1', '--json'],
        d,
      );
      const { timeline } = JSON.parse(result.stdout);
      expect(timeline.scheduled).toBe(5);
      expect(timeline.firstSend).toBe('2026-12-01T20:59:58.000Z');
      expect(timeline.lastSend).toBe('2026-12-02T07:00:03.000Z');
      expect(timeline.waitedForWindow).toBe(4);
      // The test rule's 21:00 UTC is midnight in Amman (the report's zone): they leave on the local day they
      // were planned for (the planner's own tests cover waits over local midnight).
      expect(timeline.waitedOvernight).toBe(0);
      expect(timeline.hourly[0]).toEqual({ hour: '2026-12-01T20:00:00.000Z', sends: 1 });
      expect(timeline.hourly.at(-1)).toEqual({ hour: '2026-12-02T07:00:00.000Z', sends: 4 });
      expect(timeline.hourly).toHaveLength(12);
    } finally {
      c();
    }
  });

  it('--daily-cap spreads a list over days; --price estimates the cost of the segments sent', async () => {
    const result = await run(
      [
        'simulate',
        '-t',
        't.yaml',
        '-r',
        'r.csv',
        '--at',
        '2026-12-01T08:00:00Z',
        '--daily-cap',
        '2',
        '--price',
        '0.015',
        '--currency',
        'jod',
        '--json',
      ],
      dir,
    );
    const report = JSON.parse(result.stdout);
    expect(report.timeline.dailyCap).toBe(2);
    expect(report.timeline.daily.map((day: { sends: number }) => day.sends).filter((n: number) => n > 0)).toEqual([
      2, 2, 1,
    ]);
    expect(report.cost).toEqual({ perSegment: 0.015, currency: 'JOD', segments: 5, amount: 0.075 });
    const bad = await run(['simulate', '-t', 't.yaml', '-r', 'r.csv', '--currency', 'USD'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--currency needs --price/);
  });
});

describe('simulate --campaign', () => {
  it('runs several templates, with a shared list and a list of their own, per template and in total', async () => {
    const result = await run(['simulate', '--campaign', 'campaign.yaml', '--json'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.campaign).toEqual({ id: 'december', file: 'campaign.yaml' });
    expect(report.account).toBe('acme');
    expect(report.templates.map((t: { key: string; recipients: string }) => [t.key, t.recipients])).toEqual([
      ['promo', 'r.csv'],
      ['reminder', 'r.csv'],
      ['promo#2', 'vip.csv'],
    ]);
    const by = report.by.template;
    expect(by.promo.total).toBe(8);
    expect(by.reminder.total).toBe(8);
    expect(by['promo#2'].total).toBe(2);
    expect(report.total).toBe(18);
    // The campaign's opt-out list applies to every template: 0791000004 and 0791000006 are denied in both.
    expect(by.promo.verdicts.deny).toBe(2);
    expect(by.reminder.verdicts.deny).toBe(2);
    expect(by['promo#2'].verdicts.deny).toBe(0);
    expect(report.verdicts.allow).toBe(
      by.promo.verdicts.allow + by.reminder.verdicts.allow + by['promo#2'].verdicts.allow,
    );
    expect(report.invalid).toBe(6);
    expect(report.cost.currency).toBe('USD');
    // The reminder starts the next day, and the timeline covers both days.
    expect(report.templates[1].at).toBe('2026-12-02T10:00:00.000Z');
    expect(report.timeline.lanes[1].firstSend).toBe('2026-12-02T10:00:00.000Z');
    const text = await run(['simulate', '--campaign', 'campaign.yaml'], dir);
    expect(text.stdout).toContain('Simulation of campaign december (3 templates)');
    expect(text.stdout).toContain('Template promo#2 (recipients vip.csv)');
  });

  it.each([
    ['no recipients', ['--campaign', 'bad-campaign.yaml'], /templates\.0: no recipients/],
    ['with --template', ['--campaign', 'campaign.yaml', '-t', 't.yaml'], /not both/],
    ['missing file', ['--campaign', 'nope.yaml'], /nope\.yaml: no such file/],
  ])('usage error: %s → exit 2', async (_name, flags, pattern) => {
    const result = await run(['simulate', ...flags], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(pattern);
  });

  it('runs the shipped example (examples/campaigns/december.yaml) with the real packs', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const result = await run(['simulate', '--campaign', 'examples/campaigns/december.yaml', '--json'], root, {});
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.templates.map((t: { id: string }) => t.id)).toEqual([
      'winter-sale',
      'winter-sale-reminder',
      'order-shipped',
    ]);
    expect(report.total).toBe(83);
    expect(report.invalid).toBe(4);
    expect(report.optOutList).toMatchObject({ revoked: 2, duplicates: 1, invalid: 1 });
    // The reminder goes two days later; the winter sale before the 21:00 quiet hours.
    expect(report.timeline.lanes[1].firstSend).toBe('2026-12-05T07:00:00.000Z');
    expect(report.cost).toMatchObject({ currency: 'JOD', perSegment: 0.012 });
  });

  it('writes no report file when a campaign fails to load', async () => {
    await run(['simulate', '--campaign', 'bad-campaign.yaml', '--html', 'never.html'], dir);
    expect(existsSync(join(dir, 'never.html'))).toBe(false);
  });
});
