/** The category specs are consistent: every concept a frame or a weight names exists, ids are unique. */
import { describe, expect, it } from 'vitest';
import { CATEGORY_SPECS } from '../../src/content/categories.js';
import { CHANNEL_CONCEPT_IDS, SHARED_CONCEPTS } from '../../src/content/concepts/index.js';
import { CONTENT_CATEGORIES } from '../../src/content/lexicons/types.js';

const specs = CONTENT_CATEGORIES.map((c) => CATEGORY_SPECS[c]);
const defined = new Set<string>([
  ...CHANNEL_CONCEPT_IDS,
  ...SHARED_CONCEPTS.map((c) => c.id),
  ...specs.flatMap((s) => s.concepts.map((c) => c.id)),
]);

describe('category specs', () => {
  it.each(specs.map((s) => [s.category, s] as const))('%s names only concepts that exist', (_category, spec) => {
    const named = [
      ...Object.keys(spec.weights),
      ...spec.frames.flatMap((f) =>
        [...f.near, ...(f.with ?? [])].flatMap((slot) => (typeof slot === 'string' ? [slot] : [...slot])),
      ),
    ];
    expect(named.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('concept ids are unique across the categories and the shared concepts', () => {
    const ids = [...SHARED_CONCEPTS.map((c) => c.id), ...specs.flatMap((s) => s.concepts.map((c) => c.id))];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(specs.map((s) => [s.category, s] as const))('%s: frame ids are unique, thresholds ordered', (_c, spec) => {
    const ids = spec.frames.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(spec.reviewAt).toBeLessThan(spec.denyAt);
    expect(spec.denyAt).toBeLessThanOrEqual(spec.cap);
  });
});

describe('the compiled lexicon', () => {
  it('keeps each automaton within 16-bit states, so its table stays half the size (a speed cliff otherwise)', async () => {
    const { compileContent } = await import('../../src/content/_engine.js');
    const { lexicon } = compileContent({ specs, options: {}, model: null });
    for (const [name, view] of [
      ['main, no Arabic letter', lexicon.automaton],
      ['main, Arabic', lexicon.arabicAutomaton],
      ['skeleton', lexicon.skeletonAutomaton],
    ] as const) {
      expect(view.automaton.states, name).toBeLessThan(0xffff);
      expect(view.automaton.next, name).toBeInstanceOf(Uint16Array);
      expect(view.pattern.length, name).toBeGreaterThan(1_000);
    }
  });
});
