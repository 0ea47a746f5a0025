/** The dense Aho–Corasick automaton: every occurrence of every pattern, against a naive search. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAutomaton, scanUnits } from '../../src/text/automaton.js';

function units(text: string): Uint16Array {
  return Uint16Array.from(text, (c) => c.charCodeAt(0));
}

function find(patterns: string[], text: string): string[] {
  const automaton = compileAutomaton(patterns);
  const out: string[] = [];
  scanUnits(automaton, units(text), 0, text.length, (p, end) => out.push(`${p}@${end}`));
  return out.sort();
}

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (p.length === 0) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${i}@${at + p.length}`);
  });
  return out.sort();
}

describe('compileAutomaton', () => {
  it('finds overlapping patterns and patterns inside others', () => {
    expect(find(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(naive(['he', 'she', 'his', 'hers'], 'ushers'));
    expect(find(['حساب', 'الحساب'], 'الحساب')).toEqual(['0@6', '1@6']);
  });

  it('agrees with a naive search (property)', () => {
    const word = fc
      .array(fc.constantFrom('a', 'b', 'c', 'ب', ' '), { minLength: 1, maxLength: 5 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'ب', ' ', 'x'), { maxLength: 80 }),
        (patterns, chars) => {
          const text = chars.join('');
          expect(find(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps duplicate patterns apart and ignores empty ones', () => {
    expect(find(['ab', 'ab', ''], 'xab')).toEqual(['0@3', '1@3']);
  });
});
