import { describe, expect, it } from 'vitest';
import { segments } from '../../src/jordan/segments.js';
import { of, run } from './_helpers.js';

const ID = 'jordan/segments';

const cases: Array<[name: string, text: string, encoding: string, units: number, parts: number]> = [
  ['English', 'Hello from Acme', 'GSM-7', 15, 1],
  ['GSM-7 at 160', 'a'.repeat(160), 'GSM-7', 160, 1],
  ['GSM-7 at 161', 'a'.repeat(161), 'GSM-7', 161, 2],
  ['extension characters count twice', '[x]', 'GSM-7', 5, 1],
  ['Arabic at 70', 'م'.repeat(70), 'UCS-2', 70, 1],
  ['Arabic at 71', 'م'.repeat(71), 'UCS-2', 71, 2],
  ['Arabic at 134 (two parts of 67)', 'م'.repeat(134), 'UCS-2', 134, 2],
  ['Arabic at 135', 'م'.repeat(135), 'UCS-2', 135, 3],
  ['one emoji forces UCS-2', `${'a'.repeat(60)}😀`, 'UCS-2', 62, 1],
];

describe('jordan/segments', () => {
  const rules = [segments()];

  it.each(cases)('%s', async (_name, text, encoding, units, parts) => {
    const found = of(await run(rules, { text }), ID);
    expect(found).toHaveLength(1);
    expect(found[0]!.action).toBe('info');
    expect(found[0]!.evidence?.[0]?.data).toMatchObject({ encoding, units, segments: parts });
  });

  it('warns over a maximum', async () => {
    const found = of(await run([segments({ maxSegments: 2 })], { text: 'م'.repeat(135) }), ID);
    expect(found.map((f) => [f.action, f.messageId])).toEqual([['warn', 'jordan.segments-over']]);
  });

  it('runs in a template check', async () => {
    const { createPolicy } = await import('../../src/core/policy.js');
    const decision = createPolicy({ rules, locale: 'ar' }).lint({ senderId: 'x', kind: 'SRV', text: 'مرحبا' });
    expect(decision.findings[0]!.message).toContain('UCS-2');
  });
});
