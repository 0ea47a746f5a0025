/** The CLI config routes packs by recipient country: `packs: { JO: jordan, AE: uae, SA: ksa }`. */
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './_helpers.js';

const TEMPLATES = `templates:
  - id: ae-sale
    kind: ADV
    senderId: AD-Acme
    to: "+971501234567"
    text: "Happy hour: 2 beers for 30 AED. To opt out send B to 7726"
  - id: sa-sale
    kind: ADV
    senderId: Acme AD
    to: "+966501234567"
    text: "تخفيضات 30% على bit.ly/x"
  - id: no-number
    kind: ADV
    senderId: adv Acme
    text: "خصم 20% على كل المعاطف. لإلغاء الاشتراك أرسل STOP إلى 94444"
`;

const ROUTED = 'packs:\n  JO: jordan\n  AE: uae\n  SA: ksa\n';

async function checkJson(config: string, templates = TEMPLATES) {
  const { dir, cleanup } = tempDir({ 'sms-policy.config.yaml': config, 't.yaml': templates });
  try {
    return await run(['check', 't.yaml', '--format', 'json'], dir, {});
  } finally {
    cleanup();
  }
}

function ruleIdsOf(stdout: string): Record<string, string[]> {
  const report = JSON.parse(stdout) as {
    files: Array<{ templates: Array<{ id: string; decision: { findings: Array<{ ruleId: string }> } }> }>;
  };
  return Object.fromEntries(
    report.files[0]!.templates.map((t) => [t.id, [...new Set(t.decision.findings.map((f) => f.ruleId))].sort()]),
  );
}

describe('config packs routed by country', () => {
  it('each template gets the pack of its number; without a number, the region’s', async () => {
    const result = await checkJson(ROUTED);
    expect(result.code).toBe(1);
    const ids = ruleIdsOf(result.stdout);
    expect(ids['ae-sale']).toEqual(['uae/restricted-content']);
    expect(ids['sa-sale']).toEqual([
      'ksa/adv-opt-out-notice',
      'ksa/adv-sender-suffix',
      'ksa/message-type',
      'ksa/url-registration',
    ]);
    // A template without a number is read in the default region, JO: only the Jordan pack's records.
    expect(ids['no-number']).toEqual(['jordan/message-class', 'jordan/segments']);
    for (const id of ['ae-sale', 'sa-sale']) expect(ids[id]!.some((rule) => rule.startsWith('jordan/'))).toBe(false);
  });

  it('region: AE checks number-less templates with the UAE pack', async () => {
    const ids = ruleIdsOf((await checkJson(`${ROUTED}region: AE\n`)).stdout);
    expect(ids['no-number']).toContain('uae/adv-sender-prefix');
  });

  it('a pack’s options stay under its name', async () => {
    const ids = ruleIdsOf((await checkJson(`${ROUTED}  uae:\n    registeredSenders: [AD-Other]\n`)).stdout);
    expect(ids['ae-sale']).toContain('uae/sender-registered');
  });

  it('rules: overrides reach routed rules', async () => {
    const ids = ruleIdsOf((await checkJson(`${ROUTED}rules:\n  uae/restricted-content: 'off'\n`)).stdout);
    expect(ids['ae-sale']).toEqual([]);
  });

  it('otherwise: a pack name gives unlisted countries that pack', async () => {
    const templates = `id: eg\nkind: ADV\nsenderId: Acme\nto: "+201001234567"\ntext: "Sale. Reply STOP"\n`;
    const held = ruleIdsOf((await checkJson('packs:\n  AE: uae\n', templates)).stdout);
    expect(held.eg).toEqual(['core/no-pack']);
    const jordan = ruleIdsOf((await checkJson('packs:\n  AE: uae\notherwise: jordan\n', templates)).stdout);
    expect(jordan.eg).toContain('jordan/adv-sender-prefix');
    const allowed = ruleIdsOf((await checkJson('packs:\n  AE: uae\notherwise: allow\n', templates)).stdout);
    expect(allowed.eg).toEqual([]);
  });

  it('with packs routed, Jordan applies only where routed (never to a UAE number)', async () => {
    const ids = ruleIdsOf((await checkJson('packs:\n  AE: uae\n')).stdout);
    expect(ids['ae-sale']).toEqual(['uae/restricted-content']);
    expect(ids['no-number']).toEqual(['core/no-pack']);
  });

  it.each([
    ['packs:\n  AE: uea\n', /packs\.AE: unknown pack "uea"/],
    ['packs:\n  AE: true\n', /packs\.AE: a country key names the pack/],
    ['packs:\n  uae: uae\n', /packs\.uae: a pack is true, false or its options/],
    ['packs:\n  AE: uae\n  uae: false\n', /packs\.AE: pack "uae" is switched off/],
    ['packs:\n  AE: uae\notherwise: maybe\n', /otherwise: must be review, deny, allow or a pack name/],
    ['otherwise: deny\n', /otherwise: only applies when packs route/],
    ['packs:\n  AE: uae\n  jordan: true\n', /packs\.jordan: a country pack cannot apply to every recipient/],
    ['packs:\n  AE: uae\n  uae:\n    quietHours: { start: "21:00", end: "21:00" }\n', /packs\.uae: .*quietHours/],
  ])('%j is a config error (exit 2)', async (config, message) => {
    const result = await checkJson(config);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('sms-policy rules lists the Gulf packs with their clauses', async () => {
    const { dir, cleanup } = tempDir({});
    try {
      const rows = JSON.parse((await run(['rules', '--json'], dir, {})).stdout) as Array<{
        id: string;
        source: string;
      }>;
      expect(rows.find((r) => r.id === 'uae/adv-quiet-hours')?.source).toBe('AE-TIM-01');
      expect(rows.find((r) => r.id === 'ksa/adv-sender-suffix')?.source).toBe('SA-SND-02');
    } finally {
      cleanup();
    }
  });
});
