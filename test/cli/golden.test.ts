/**
 * Golden files, one per output format: a fixed tree (templates with findings, a broken file, a skipped
 * workflow) checked with the test rule packs and the Jordan pack (stable wording), compared byte for byte with
 * test/cli/golden/. Run with UPDATE_GOLDEN=1 to rewrite them after a reviewed change. Only what varies is
 * normalised: the version, JUnit times, the Amman clock time the message-class rule records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKS } from '../../src/cli/packs.js';
import { sarifProblems } from './_sarif.js';
import { ARABIC_VIOLATING_YAML, CLEAN_YAML, run, TEST_PACKS, tempDir, VIOLATING_YAML } from './_helpers.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const overrides = { packs: { words: TEST_PACKS.words!, jordan: PACKS.jordan! } };
let dir = '';
let cleanup = () => {};

beforeAll(() => {
  ({ dir, cleanup } = tempDir({
    'templates/casino.yaml': VIOLATING_YAML,
    'templates/clean.yaml': CLEAN_YAML,
    'templates/qimar.yml': ARABIC_VIOLATING_YAML,
    'templates/broken.yaml': 'id: b\nkind: SRV\nsenderId: A\ntext: [unclosed\n',
    '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs: {}\n',
  }));
});
afterAll(() => cleanup());

function normalise(text: string, version: string): string {
  return text
    .replaceAll(`sms-policy@${version}`, 'sms-policy@VERSION')
    .replaceAll(`"version": "${version}"`, '"version": "VERSION"')
    .replaceAll(`"semanticVersion": "${version}"`, '"semanticVersion": "VERSION"')
    .replace(/ time="\d+\.\d+"/g, ' time="0.000"')
    .replace(/"localTime": "[^"]*"/g, '"localTime": "YYYY-MM-DD HH:MM"');
}

describe('golden output per format', () => {
  it.each([
    ['text', 'check.txt'],
    ['json', 'check.json'],
    ['sarif', 'check.sarif'],
    ['junit', 'check.xml'],
    ['github', 'check.github.txt'],
  ])('--format %s matches golden/%s', async (format, file) => {
    const result = await run(['check', '.', '--format', format, '--locale', 'en'], dir, overrides);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: templates\/broken\.yaml:\d+:\d+: invalid YAML/);
    const version = (await run(['--version'], dir)).stdout.trim();
    const actual = normalise(result.stdout, version);
    if (format === 'sarif') expect(sarifProblems(JSON.parse(result.stdout))).toEqual([]);
    if (process.env.UPDATE_GOLDEN) writeFileSync(join(GOLDEN, file), actual);
    expect(actual, `golden/${file} differs: review, then UPDATE_GOLDEN=1 npx vitest run test/cli/golden.test.ts`).toBe(
      readFileSync(join(GOLDEN, file), 'utf8'),
    );
  });
});
