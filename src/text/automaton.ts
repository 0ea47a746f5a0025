/**
 * A multi-pattern matcher compiled to a dense automaton: Aho–Corasick with every failure transition resolved
 * at build time, over a compressed alphabet (only the code units that occur in some pattern get a column; every
 * other unit shares column 0). Scanning costs two array reads per code unit whatever the number of patterns,
 * and each match is reported once, with the pattern's index and where it ends.
 *
 * Patterns are folded word forms (`foldWords`) and are matched as substrings; word boundaries are the caller's
 * business (see `src/content/_lexicon.ts`), which keeps this automaton reusable for any vocabulary.
 */

export interface Automaton {
  /** Column of each code unit (0: no pattern uses it). */
  readonly column: Uint8Array | Uint16Array;
  readonly width: number;
  /** `next[state * width + column]`. */
  readonly next: Uint16Array | Int32Array;
  /** Patterns ending at a state: `outputs[outputStart[s] .. outputStart[s + 1])`. */
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;
  /** Length of each pattern in code units. */
  readonly lengths: Int32Array;
  readonly states: number;
}

/** Compiles patterns (empty ones are ignored; duplicates each keep their own index). */
export function compileAutomaton(patterns: readonly string[]): Automaton {
  // Columns for the units that occur.
  const columnOf = new Map<number, number>();
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!columnOf.has(unit)) columnOf.set(unit, columnOf.size + 1);
    }
  }
  const width = columnOf.size + 1;
  const column = width <= 256 ? new Uint8Array(0x10000) : new Uint16Array(0x10000);
  for (const [unit, index] of columnOf) column[unit] = index;

  // The trie: one map from (state, column) to child, and each state's children as a list in insertion order
  // (arrays, not a map per state: a lexicon has tens of thousands of states).
  const childOf = new Map<number, number>();
  const firstChild: number[] = [-1];
  const lastChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const columnIn: number[] = [0];
  const ends = new Map<number, number[]>();
  const lengths = new Int32Array(patterns.length);
  patterns.forEach((pattern, index) => {
    lengths[index] = pattern.length;
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const col = column[pattern.charCodeAt(i)]!;
      const key = state * width + col;
      let child = childOf.get(key);
      if (child === undefined) {
        child = firstChild.length;
        firstChild.push(-1);
        lastChild.push(-1);
        nextSibling.push(-1);
        columnIn.push(col);
        childOf.set(key, child);
        if (firstChild[state] === -1) firstChild[state] = child;
        else nextSibling[lastChild[state]!] = child;
        lastChild[state] = child;
      }
      state = child;
    }
    const list = ends.get(state);
    if (list) list.push(index);
    else ends.set(state, [index]);
  });
  const states = firstChild.length;
  const fail = new Int32Array(states);
  const order: number[] = [];
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) order.push(c);
  for (let head = 0; head < order.length; head++)
    for (let c = firstChild[order[head]!]!; c !== -1; c = nextSibling[c]!) order.push(c);
  // States are numbered breadth-first: the shallow states, where a scan spends most of its steps (a text is
  // mostly words no pattern continues far into), share a few hundred kilobytes of rows instead of being spread
  // over the whole table in pattern order.
  const id = new Int32Array(states);
  for (let n = 0; n < order.length; n++) id[order[n]!] = n + 1;
  const next =
    states * width < 0x7fffffff && states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
  // Breadth-first: root's row first, then each state from its failure state's resolved row.
  for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) next[columnIn[c]!] = id[c]!;
  for (const state of order) {
    const row = id[state]! * width;
    const failRow = fail[id[state]!]! * width;
    next.copyWithin(row, failRow, failRow + width);
    for (let c = firstChild[state]!; c !== -1; c = nextSibling[c]!) {
      fail[id[c]!] = next[failRow + columnIn[c]!]!;
      next[row + columnIn[c]!] = id[c]!;
    }
  }
  // Outputs: a state's own patterns, then those of its failure chain (already complete, by BFS order).
  const none: number[] = [];
  const merged: number[][] = new Array(states);
  merged[0] = ends.get(0) ?? none;
  for (const state of order) {
    const own = ends.get(state) ?? none;
    const inherited = merged[fail[id[state]!]!]!;
    merged[id[state]!] = inherited.length === 0 ? own : own.concat(inherited);
  }
  const outputStart = new Int32Array(states + 1);
  let total = 0;
  for (let s = 0; s < states; s++) {
    outputStart[s] = total;
    total += merged[s]!.length;
  }
  outputStart[states] = total;
  const outputs = new Int32Array(total);
  for (let s = 0; s < states; s++) outputs.set(merged[s]!, outputStart[s]!);
  return { column, width, next, outputStart, outputs, lengths, states };
}

/**
 * Runs the automaton over `units[from, to)` and calls `onMatch(pattern, end)` for every occurrence, `end`
 * exclusive. Linear in `to - from` plus the number of matches.
 */
export function scanUnits(
  automaton: Automaton,
  units: Uint16Array,
  from: number,
  to: number,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { column, width, next, outputStart, outputs } = automaton;
  let state = 0;
  for (let i = from; i < to; i++) {
    state = next[state * width + column[units[i]!]!]!;
    const first = outputStart[state]!;
    const last = outputStart[state + 1]!;
    for (let k = first; k < last; k++) onMatch(outputs[k]!, i + 1);
  }
}
