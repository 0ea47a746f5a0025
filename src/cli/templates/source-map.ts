import { isScalar, type Node } from 'yaml';
import type { Path, SourcePosition } from './schema.js';

/**
 * JSON.parse's complaint without the piece of the file V8 quotes in it (it can hold a phone number or a body);
 * the position is reported separately.
 */
export function jsonProblem(error: Error): string {
  return error.message
    .split('\n')[0]!
    .replace(/, ".*" is not valid JSON$/, ' (not valid JSON)')
    .replace(/ in JSON at position \d+( \(line \d+ column \d+\))?$/, '');
}

/** The JSON.parse error position → line and column, for JSON files. */
export function jsonErrorPosition(source: string, error: Error): SourcePosition | undefined {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return undefined;
  const offset = Number(match[1]);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse gives no position (Node 20 often does not), the error is at the end of the longest
 * prefix that is still a valid beginning of a JSON text; binary search finds it.
 */
export function jsonPrefixPosition(source: string): SourcePosition | undefined {
  const validPrefix = (length: number) => {
    try {
      JSON.parse(source.slice(0, length));
      return true;
    } catch (error) {
      const message = (error as Error).message;
      if (/end of (JSON )?input/i.test(message)) return true;
      const at = /position (\d+)/.exec(message);
      return at !== null && Number(at[1]) >= length;
    }
  };
  let low = 0;
  let high = source.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (validPrefix(mid)) low = mid;
    else high = mid - 1;
  }
  const before = source.slice(0, low);
  return { line: before.split('\n').length, column: low - before.lastIndexOf('\n') };
}

/**
 * For each UTF-16 unit of a scalar's value, its offset in the source. Quotes, escapes, folded line
 * breaks and block indentation have no one-to-one counterpart, so the value is aligned with the source
 * greedily: a literal character maps to its next occurrence close ahead; an escape or a folded line
 * break maps to where it starts.
 */
export function alignScalar(source: string, node: Node, value: string): number[] {
  const range = node.range ?? [0, 0, 0];
  const end = range[1];
  let p = range[0];
  const type = isScalar(node) ? node.type : undefined;
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') p += 1;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    const newline = source.indexOf('\n', p);
    p = newline === -1 ? p : newline + 1;
  }
  const map = new Array<number>(value.length);
  for (let i = 0; i < value.length; i++) {
    const unit = value[i]!;
    if (type === 'QUOTE_DOUBLE' && source[p] === '\\') {
      map[i] = p;
      const next = source[p + 1];
      p += next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
      continue;
    }
    if (type === 'QUOTE_SINGLE' && unit === "'" && source[p] === "'" && source[p + 1] === "'") {
      map[i] = p;
      p += 2;
      continue;
    }
    if ((unit === ' ' || unit === '\n') && (source[p] === '\n' || source[p] === '\r')) {
      map[i] = p;
      p += 1;
      while (p < end && (source[p] === ' ' || source[p] === '\t' || source[p] === '\n' || source[p] === '\r')) p++;
      continue;
    }
    // Bounded look-ahead: a unit with no literal counterpart must not cost a scan of the whole file.
    let found = -1;
    for (let q = p, stop = Math.min(end, p + 64); q < stop; q++) {
      if (source[q] === unit) {
        found = q;
        break;
      }
    }
    if (found !== -1) {
      map[i] = found;
      p = found + 1;
    } else {
      map[i] = Math.min(p, Math.max(end - 1, range[0]));
    }
  }
  return map;
}

export function templatePaths(data: unknown): Path[] | string {
  if (Array.isArray(data)) return data.map((_, i) => [i]);
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if ('templates' in record && !('id' in record)) {
      const keys = Object.keys(record).filter((key) => key !== 'templates' && key !== '$schema');
      if (keys.length > 0) return `unexpected key "${keys[0]}" next to "templates"`;
      if (!Array.isArray(record.templates)) return '"templates" must be a list of templates';
      return record.templates.map((_, i) => ['templates', i]);
    }
    return [[]];
  }
  return 'expected a template, a list of templates or { templates: [...] }';
}
