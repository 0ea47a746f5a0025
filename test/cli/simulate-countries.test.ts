/** simulate with packs routed by country: the report breaks verdicts and rules down by recipient country. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from './_helpers.js';

const TEMPLATE = `id: gulf-sale
kind: ADV
senderId: AD-Acme
text: "Sale 30% off, {{name}}. To opt out send B to 7726, reply STOP"
variables:
  name: { example: Omar, maxLength: 20 }
`;
// 2 Jordan, 3 UAE, 1 Saudi, 1 Egypt (no pack), 1 invalid.
const RECIPIENTS = [
  'to,name',
  '+962791000001,Omar',
  '+962781000002,Sara',
  '+971501000003,Lina',
  '+971521000004,Ali',
  '+971551000005,Huda',
  '+966501000006,Zaid',
  '+201001000007,Rami',
  'not-a-number,Bad',
].join('\n');

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir({
    't.yaml': TEMPLATE,
    'r.csv': RECIPIENTS,
    // The opt-out consent model with one opted-out Saudi number: no grant needed for the others.
    'o.csv': 'to\n+966501000006\n',
    'sms-policy.config.yaml': 'packs:\n  JO: jordan\n  AE: uae\n  SA: ksa\n',
  }));
});
afterAll(() => cleanup());

// 18:30 UTC: 21:30 in Amman and Riyadh, 22:30 in Dubai — every pack's night.
const ARGS = [
  'simulate',
  '--template',
  't.yaml',
  '--recipients',
  'r.csv',
  '--opt-outs',
  'o.csv',
  '--at',
  '2026-03-10T18:30:00Z',
];

describe('simulate by country', () => {
  it('--json counts each country with its own pack’s rules', async () => {
    const result = await run([...ARGS, '--json'], dir, {});
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.invalid).toBe(1);
    expect(Object.keys(summary.countries)).toEqual(['AE', 'JO', 'EG', 'SA']);
    const { AE, JO, SA, EG } = summary.countries;
    expect(AE.total).toBe(3);
    expect(AE.verdicts.defer).toBe(3);
    expect(AE.rules['uae/adv-quiet-hours']).toBe(3);
    expect(
      Object.keys(AE.rules).every(
        (id: string) =>
          id.startsWith('uae/') || id.startsWith('content/') || id.startsWith('consent/') || id.startsWith('flood/'),
      ),
    ).toBe(true);
    // "AD-Acme" is not a Jordanian adv sender nor a Saudi -AD sender.
    expect(JO.verdicts.deny).toBe(2);
    expect(JO.rules['jordan/adv-sender-prefix']).toBe(2);
    expect(SA.rules['ksa/adv-sender-suffix']).toBe(1);
    expect(SA.rules['consent/promotional-consent']).toBe(1);
    expect(EG.rules['core/no-pack']).toBe(1);
    expect(EG.verdicts.review).toBe(1);
    const sum = Object.values(summary.countries as Record<string, { total: number }>).reduce((n, c) => n + c.total, 0);
    expect(sum).toBe(summary.total - summary.invalid);
  });

  it('the text report has a by-country section, in English and Arabic', async () => {
    const en = await run(ARGS, dir, {});
    expect(en.stdout).toContain('By recipient country');
    expect(en.stdout).toMatch(/AE\s+3 {2}\(/);
    expect(en.stdout).toContain('uae/adv-quiet-hours');
    const ar = await run([...ARGS, '--locale', 'ar'], dir, {});
    expect(ar.stdout).toContain('حسب بلد المستقبِل');
  });

  it('the HTML report carries the by-country table', async () => {
    const result = await run([...ARGS, '--html', 'report.html'], dir, {});
    expect(result.code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    const start = html.indexOf('<section id="by-country">');
    const section = html.slice(start, html.indexOf('</section>', start));
    expect(section).toContain('<bdi>AE</bdi>');
    expect(section).toContain('uae/adv-quiet-hours (3)');
    expect(html.indexOf('<section id="by-country">')).toBeLessThan(html.indexOf('</body>'));
  });
});
