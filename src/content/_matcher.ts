/**
 * A hand-written Aho-Corasick automaton over UTF-16 code units: every pattern found in one left-to-right
 * pass, in time linear in the text plus the matches reported. Built once per compiled classifier.
 */

export interface MatcherHit {
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
  start: number;
  end: number;
}

/** Multi-pattern matcher. Patterns are matched literally; an empty pattern is ignored. */
export class AhoCorasick {
  /** Transitions: state → (code unit → state). */
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending exactly at a state. */
  private readonly output: number[][] = [[]];
  /** Nearest state on the failure chain that has output (dictionary suffix link), -1 when none. */
  private readonly dict: number[] = [-1];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length === 0) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let target = this.next[state]!.get(code);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.dict.push(-1);
          this.next[state]!.set(code, target);
        }
        state = target;
      }
      this.output[state]!.push(index);
    });
    // Breadth-first: failure links and dictionary links.
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.dict[child] = this.output[failTo]!.length > 0 ? failTo : this.dict[failTo]!;
        queue.push(child);
      }
    }
  }

  /** Number of states (a size figure for tests and docs). */
  get size(): number {
    return this.next.length;
  }

  /** Calls `onHit` for every occurrence of every pattern, in order of end position. */
  scan(text: string, onHit: (hit: MatcherHit) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = this.next[state]!.get(code);
      while (target === undefined && state !== 0) {
        state = this.fail[state]!;
        target = this.next[state]!.get(code);
      }
      state = target ?? 0;
      for (let s = this.output[state]!.length > 0 ? state : this.dict[state]!; s > 0; s = this.dict[s]!) {
        for (const pattern of this.output[s]!) onHit({ pattern, start: i + 1 - this.lengths[pattern]!, end: i + 1 });
      }
    }
  }

  /** All hits as an array. */
  findAll(text: string): MatcherHit[] {
    const hits: MatcherHit[] = [];
    this.scan(text, (hit) => hits.push(hit));
    return hits;
  }
}
