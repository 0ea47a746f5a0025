import { isGsm7 } from '../../text/segments.js';
import { placeholders, type Template } from './schema.js';

export interface Rendered {
  text: string;
  /** Maps a span of the rendered text to a span of the template text (a span inside a value → its placeholder). */
  toTemplateSpan(span: [number, number]): [number, number];
}

/** Renders a template text with values; unknown placeholders were rejected at load time. */
export function render(text: string, values: Record<string, string>): Rendered {
  const pieces: Array<{ from: number; to: number; tFrom: number; tTo: number; variable: boolean }> = [];
  let out = '';
  let last = 0;
  for (const { name, start, end } of placeholders(text)) {
    if (start > last) {
      pieces.push({ from: out.length, to: out.length + (start - last), tFrom: last, tTo: start, variable: false });
      out += text.slice(last, start);
    }
    const value = values[name] ?? '';
    pieces.push({ from: out.length, to: out.length + value.length, tFrom: start, tTo: end, variable: true });
    out += value;
    last = end;
  }
  if (last < text.length) {
    pieces.push({
      from: out.length,
      to: out.length + (text.length - last),
      tFrom: last,
      tTo: text.length,
      variable: false,
    });
    out += text.slice(last);
  }
  const locate = (offset: number, isEnd: boolean): number => {
    for (const piece of pieces) {
      const inside = isEnd ? offset > piece.from && offset <= piece.to : offset >= piece.from && offset < piece.to;
      if (!inside) continue;
      if (piece.variable) return isEnd ? piece.tTo : piece.tFrom;
      return piece.tFrom + (offset - piece.from);
    }
    return isEnd ? text.length : Math.min(offset, text.length);
  };
  return {
    text: out,
    toTemplateSpan([start, end]) {
      const s = locate(start, false);
      return [s, Math.max(s, end > start ? locate(end, true) : s)];
    },
  };
}

/** Example values of a template. */
export function exampleValues(template: Template): Record<string, string> {
  return Object.fromEntries(Object.entries(template.variables).map(([name, v]) => [name, v.example]));
}

/**
 * Worst-case values: each variable filled to its `maxLength` with a character of the example's script —
 * a GSM-7 letter when the example is GSM-7, otherwise the example's first non-GSM character (UCS-2).
 */
export function worstCaseValues(template: Template): Record<string, string> {
  return Object.fromEntries(
    Object.entries(template.variables).map(([name, v]) => {
      if (v.maxLength === undefined) return [name, v.example];
      let fill = 'x';
      if (!isGsm7(v.example)) {
        for (const ch of v.example) {
          if (!isGsm7(ch) && ch.length === 1) {
            fill = ch;
            break;
          }
        }
        if (fill === 'x') fill = 'م';
      }
      return [name, fill.repeat(v.maxLength)];
    }),
  );
}

/** True when a template has a variable whose worst case differs from its example. */
export function hasWorstCase(template: Template): boolean {
  return Object.values(template.variables).some((v) => v.maxLength !== undefined && v.maxLength !== v.example.length);
}
