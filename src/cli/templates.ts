/**
 * Template files (YAML or JSON): loading with source positions, validation, rendering, and mapping a span
 * of the rendered text back to a line and column in the file.
 */
import { readFile } from 'node:fs/promises';
import { isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import { MESSAGE_KINDS, type MessageKind } from '../core/types.js';
import { isGsm7 } from '../text/segments.js';

export interface TemplateVariable {
  example: string;
  maxLength?: number;
  description?: string;
}

export interface Template {
  id: string;
  kind: MessageKind;
  senderId: string;
  text: string;
  variables: Record<string, TemplateVariable>;
  account?: string;
  to?: string;
  description?: string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

export interface SourceRegion {
  start: SourcePosition;
  end: SourcePosition;
}

export interface LoadedTemplate {
  template: Template;
  /** Path as given (relative to the working directory when it was). */
  file: string;
  /** Where the `text:` value is; used for findings without a span. */
  textRegion: SourceRegion;
  /** Maps a half-open span of the template's `text` value to a region in the file. */
  regionOf(span: [number, number]): SourceRegion;
}

/** A malformed template file: names the file, the problem and where it is. */
export class TemplateFileError extends Error {
  override readonly name = 'TemplateFileError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly position?: SourcePosition,
  ) {
    super(`${file}${position ? `:${position.line}:${position.column}` : ''}: ${problem}`);
  }
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// One placeholder: `{{name}}` or `{{ name }}`. Single bounded classes, no nested quantifiers.
const PLACEHOLDER = /\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;

const variableSchema = z
  .object({
    example: z.union([z.string(), z.number()]).transform(String),
    maxLength: z.number().int().positive().max(10_000).optional(),
    description: z.string().optional(),
  })
  .strict();

const templateSchema = z
  .object({
    id: z.string().trim().min(1),
    kind: z.enum(MESSAGE_KINDS),
    senderId: z.string().trim().min(1),
    text: z.string().min(1),
    variables: z
      .record(z.string().regex(VARIABLE_NAME, 'variable names are letters, digits and _'), variableSchema)
      .optional(),
    account: z.string().trim().min(1).optional(),
    to: z.string().trim().min(1).optional(),
    description: z.string().optional(),
  })
  .strict();

type Path = Array<string | number>;

function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(template)';
  return `${where}: ${issue.message}`;
}

/** The JSON.parse error position → line and column, for JSON files. */
function jsonErrorPosition(source: string, error: Error): SourcePosition | undefined {
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
function jsonPrefixPosition(source: string): SourcePosition | undefined {
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
function alignScalar(source: string, node: Node, value: string): number[] {
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

function templatePaths(data: unknown): Path[] | string {
  if (Array.isArray(data)) return data.map((_, i) => [i]);
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if ('templates' in record && !('id' in record)) {
      const keys = Object.keys(record).filter((key) => key !== 'templates');
      if (keys.length > 0) return `unexpected key "${keys[0]}" next to "templates"`;
      if (!Array.isArray(record.templates)) return '"templates" must be a list of templates';
      return record.templates.map((_, i) => ['templates', i]);
    }
    return [[]];
  }
  return 'expected a template, a list of templates or { templates: [...] }';
}

/** Placeholders of a text in order, with their offsets. */
export function placeholders(text: string): Array<{ name: string; start: number; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    found.push({ name: match[1]!, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function checkPlaceholders(template: Template): string | undefined {
  const found = placeholders(template.text);
  for (const { name } of found) {
    if (!(name in template.variables)) {
      return `template "${template.id}" uses {{${name}}}, which is not declared in variables`;
    }
  }
  // A `{{` that is not a well-formed placeholder is a typo that would ship literally.
  let stripped = template.text;
  for (const { start, end } of [...found].reverse()) stripped = stripped.slice(0, start) + stripped.slice(end);
  const stray = stripped.indexOf('{{');
  if (stray !== -1)
    return `template "${template.id}" has a malformed placeholder near "${stripped.slice(stray, stray + 20)}"`;
  return undefined;
}

/** Parses and validates one template file's source. Throws `TemplateFileError`. */
export function parseTemplateSource(file: string, source: string): LoadedTemplate[] {
  const isJson = file.toLowerCase().endsWith('.json');
  if (isJson) {
    try {
      JSON.parse(source);
    } catch (error) {
      const err = error as Error;
      throw new TemplateFileError(
        file,
        `invalid JSON: ${err.message.split('\n')[0]}`,
        jsonErrorPosition(source, err) ?? jsonPrefixPosition(source),
      );
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const where = firstError.pos ? position(firstError.pos[0]) : undefined;
    throw new TemplateFileError(file, `invalid YAML: ${firstError.message.split('\n')[0]}`, where);
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) throw new TemplateFileError(file, 'the file is empty');
  const paths = templatePaths(data);
  if (typeof paths === 'string') throw new TemplateFileError(file, paths, position(0));
  if (paths.length === 0) throw new TemplateFileError(file, 'the file holds no templates');

  const seen = new Set<string>();
  return paths.map((path) => {
    const raw = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], data);
    const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | undefined;
    const nodeStart = position(node?.range?.[0] ?? 0);
    const parsed = templateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const issueNode = doc.getIn([...path, ...(issue.path as Path)], true) as Node | undefined;
      const at = issueNode?.range ? position(issueNode.range[0]) : nodeStart;
      throw new TemplateFileError(file, `invalid template: ${describeZodIssue(issue)}`, at);
    }
    const value = parsed.data;
    const template: Template = {
      id: value.id,
      kind: value.kind,
      senderId: value.senderId,
      text: value.text,
      variables: {},
    };
    for (const [name, variable] of Object.entries(value.variables ?? {})) {
      const v: TemplateVariable = { example: variable.example };
      if (variable.maxLength !== undefined) v.maxLength = variable.maxLength;
      if (variable.description !== undefined) v.description = variable.description;
      template.variables[name] = v;
    }
    if (value.account !== undefined) template.account = value.account;
    if (value.to !== undefined) template.to = value.to;
    if (value.description !== undefined) template.description = value.description;
    if (seen.has(template.id)) throw new TemplateFileError(file, `duplicate template id "${template.id}"`, nodeStart);
    seen.add(template.id);
    const textNode = doc.getIn([...path, 'text'], true) as Node | undefined;
    const problem = checkPlaceholders(template);
    if (problem) throw new TemplateFileError(file, problem, textNode?.range ? position(textNode.range[0]) : nodeStart);
    const map = textNode ? alignScalar(source, textNode, template.text) : [];
    const offsetOf = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))] ?? textNode?.range?.[0] ?? 0;
    const textRange = textNode?.range ?? [0, 0, 0];
    return {
      template,
      file,
      textRegion: { start: position(textRange[0]), end: position(textRange[1]) },
      regionOf([start, end]) {
        const from = offsetOf(start);
        const to = end > start ? offsetOf(end - 1) + 1 : from;
        return { start: position(from), end: position(Math.max(from, to)) };
      },
    };
  });
}

/** Reads and parses a template file. Throws `TemplateFileError`. */
export async function loadTemplateFile(file: string, absolutePath: string): Promise<LoadedTemplate[]> {
  let source: string;
  try {
    source = await readFile(absolutePath, 'utf8');
  } catch (error) {
    throw new TemplateFileError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseTemplateSource(file, source);
}

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
