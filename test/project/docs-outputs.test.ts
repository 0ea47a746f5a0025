/**
 * Docs that cannot drift: every block marked `<!-- output: … -->` in a guide is re-run with the built CLI and
 * must match what the guide shows. When the code changes an output on purpose (a rule, the classifier's
 * scores), regenerate the guides with `npm run docs:outputs` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDES, regenerate, runSpec, splitArgs } from '../../scripts/docs-outputs.js';
import { buildOnce } from '../cli/_build.js';

const root = resolve(import.meta.dirname, '../..');

beforeAll(() => {
  buildOnce();
}, 120_000);

describe('guide outputs come from real runs', () => {
  it.each(GUIDES)('%s shows what the CLI prints today (npm run docs:outputs to update)', (guide) => {
    const source = readFileSync(join(root, guide), 'utf8');
    expect(source).toContain('<!-- output: ');
    const expected = regenerate(source);
    const drifted = source
      .split('\n')
      .map((line, i) => [i + 1, line, expected.split('\n')[i]] as const)
      .filter(([, line, want]) => line !== want)
      .slice(0, 5)
      .map(([n, line, want]) => `${guide}:${n}\n  guide: ${line}\n  code:  ${want}`);
    expect(drifted, `${guide} and the code disagree; re-run npm run docs:outputs and review the diff`).toEqual([]);
    expect(source).toBe(expected);
  });

  it('a block that does not match the run is caught (the check can fail)', () => {
    const source = '<!-- output: check examples/templates/order-shipped.json; exit -->\n```\nstale output\n```\n';
    const regenerated = regenerate(source);
    expect(regenerated).not.toBe(source);
    expect(regenerated).toContain('order-shipped  allow');
    expect(regenerated).toContain('exit=0');
  });

  it('runs commands as a shell would split them', () => {
    expect(splitArgs(`check . --ignore 'a b/**' --x "y"`)).toEqual(['check', '.', '--ignore', 'a b/**', '--x', 'y']);
    expect(runSpec('--version; raw')).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
