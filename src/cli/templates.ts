/**
 * Template files (YAML or JSON): loading with source positions, validation, rendering, and mapping a span
 * of the rendered text back to a line and column in the file.
 */
import { open } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
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

/** Template fields a finding without a span can be about (see `RuleMeta.field`). */
export type TemplateField = 'id' | 'kind' | 'senderId' | 'text' | 'account' | 'to';

export interface LoadedTemplate {
  template: Template;
  /** Path as given (relative to the working directory when it was). */
  file: string;
  /** Where the `text:` value is; used for findings without a span. */
  textRegion: SourceRegion;
  /** Where a field is (its key and value), when the template has it; `text` is the value only. */
  fieldRegion(field: TemplateField): SourceRegion | undefined;
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
    example: z
      .union([z.string(), z.number()])
      .transform(String)
      .describe('A typical value: the template is checked with it'),
    maxLength: z
      .number()
      .int()
      .positive()
      .max(10_000)
      .optional()
      .describe('Longest value: the template is also checked with every variable filled to this length'),
    description: z.string().optional(),
  })
  .strict();

const templateSchema = z
  .object({
    id: z.string().trim().min(1).describe('Unique in the file'),
    kind: z.enum(MESSAGE_KINDS).describe('TRC class: ADV promotional, SRV service, AWR awareness, ALR alert'),
    senderId: z.string().trim().min(1).describe('The alphanumeric sender ID the recipient sees, e.g. "adv Acme"'),
    text: z.string().min(1).describe('The message body; {{name}} placeholders must be declared in variables'),
    variables: z
      .record(z.string().regex(VARIABLE_NAME, 'variable names are letters, digits and _'), variableSchema)
      .optional()
      .describe('Placeholders of the text, each with an example value and an optional maxLength'),
    account: z.string().trim().min(1).optional().describe('For rules that need the account (skipped without it)'),
    to: z.string().trim().min(1).optional().describe('A sample recipient, for rules that need one'),
    description: z.string().optional(),
    /** Editors: `"$schema": "…/template.schema.json"` in a JSON template. */
    $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
  })
  .strict();

/** The template schema (zod), for the shipped JSON Schema (scripts/schemas.ts). */
export const TEMPLATE_SCHEMA = templateSchema;

/**
 * The largest template file `check` and `simulate` read, in bytes (1 MiB; `maxFileSize` in the config changes
 * it). Parsing keeps positions for every node, so a file costs about 100–150 times its size while it is parsed
 * (measured: a 1 MiB file of 5,400 templates, 120 MB above the process's baseline); the maximum keeps that
 * bounded, and files are parsed one at a time. A larger file is refused before it is read.
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** YAML aliases a file may expand; a billion-laughs file hits this long before it can exhaust memory. */
const MAX_ALIAS_COUNT = 100;

type Path = Array<string | number>;

function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(template)';
  return `${where}: ${issue.message}`;
}

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
      const keys = Object.keys(record).filter((key) => key !== 'templates' && key !== '$schema');
      if (keys.length > 0) return `unexpected key "${keys[0]}" next to "templates"`;
      if (!Array.isArray(record.templates)) return '"templates" must be a list of templates';
      return record.templates.map((_, i) => ['templates', i]);
    }
    return [[]];
  }
  return 'expected a template, a list of templates or { templates: [...] }';
}

function hasText(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'text' in value;
}

/**
 * True when parsed data has the shape of a template file: a top level with `text`, or a list or
 * `templates:` list with at least one entry that has `text`. Anything else (CI workflows, tsconfig.json,
 * package.json) is not a template and is skipped.
 */
export function hasTemplateShape(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(hasText);
  if (data === null || typeof data !== 'object') return false;
  if ('text' in data) return true;
  const templates = (data as { templates?: unknown }).templates;
  return Array.isArray(templates) && templates.some(hasText);
}

// A `text` key at the start of a line (YAML, also inside a list item) or anywhere as a JSON key. Used only
// when a file cannot be parsed, to tell a broken template from some other broken file.
const YAML_TEXT_KEY = /^[ \t]*(?:- +)?["']?text["']?[ \t]*:/m;
const JSON_TEXT_KEY = /"text"[ \t\r\n]*:/;

/** True when source that cannot be parsed still looks like a template (it has a `text` key). */
export function looksLikeTemplate(source: string): boolean {
  return YAML_TEXT_KEY.test(source) || JSON_TEXT_KEY.test(source);
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

/** The result of reading a file that may or may not be a template. */
export type TemplateFileOutcome = { templates: LoadedTemplate[] } | { skipped: string };

/**
 * Parses one file's source. A file that is not shaped like a template is skipped (with the reason); one that
 * is, or that cannot be parsed but looks like one, must be valid: otherwise `TemplateFileError`. `strict`
 * (a file that must be a template): any parse error is an error.
 */
export function readTemplateSource(file: string, source: string, strict = false): TemplateFileOutcome {
  const isJson = file.toLowerCase().endsWith('.json');
  if (isJson) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (error) {
      if (!strict && !looksLikeTemplate(source))
        return { skipped: 'not a template (invalid JSON without a "text" key)' };
      const err = error as Error;
      throw new TemplateFileError(
        file,
        `invalid JSON: ${jsonProblem(err)}`,
        jsonErrorPosition(source, err) ?? jsonPrefixPosition(source),
      );
    }
    // Most JSON in a repository (package.json, tsconfig.json) is told apart here, before positions are built.
    if (!hasTemplateShape(data)) return { skipped: 'not a template (no "text" at the top level)' };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    if (!strict && !looksLikeTemplate(source)) return { skipped: 'not a template (invalid YAML without a "text" key)' };
    const where = firstError.pos ? position(firstError.pos[0]) : undefined;
    throw new TemplateFileError(file, `invalid YAML: ${firstError.message.split('\n')[0]}`, where);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (error) {
    if (error instanceof ReferenceError) {
      throw new TemplateFileError(
        file,
        `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} expansions; an "alias bomb"?)`,
      );
    }
    throw new TemplateFileError(file, `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!hasTemplateShape(data)) return { skipped: 'not a template (no "text" at the top level)' };
  return { templates: templatesOf(file, source, doc, data, position) };
}

/** Parses and validates one template file's source; anything but a template is an error. Throws `TemplateFileError`. */
export function parseTemplateSource(file: string, source: string): LoadedTemplate[] {
  const outcome = readTemplateSource(file, source, true);
  if ('templates' in outcome) return outcome.templates;
  if (source.trim() === '') throw new TemplateFileError(file, 'the file is empty');
  throw new TemplateFileError(file, 'expected a template (with "text"), a list of templates or { templates: [...] }', {
    line: 1,
    column: 1,
  });
}

function templatesOf(
  file: string,
  source: string,
  doc: ReturnType<typeof parseDocument>,
  data: unknown,
  position: (offset: number) => SourcePosition,
): LoadedTemplate[] {
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
    const textRegion = { start: position(textRange[0]), end: position(textRange[1]) };
    const pairs = isMap(node) ? node.items : [];
    return {
      template,
      file,
      textRegion,
      fieldRegion(field) {
        if (field === 'text') return textRegion;
        const pair = pairs.find((item) => isScalar(item.key) && item.key.value === field);
        const keyRange = (pair?.key as Node | undefined)?.range;
        const valueRange = (pair?.value as Node | undefined)?.range;
        if (!keyRange || !valueRange) return undefined;
        return { start: position(keyRange[0]), end: position(valueRange[1]) };
      },
      regionOf([start, end]) {
        const from = offsetOf(start);
        const to = end > start ? offsetOf(end - 1) + 1 : from;
        return { start: position(from), end: position(Math.max(from, to)) };
      },
    };
  });
}

/**
 * For a file over `maxBytes`: whether its first 64 KiB look like a template (a `text` key). Such a file is an
 * error; another large file (a data set, a coverage report) is skipped without being read whole.
 */
export async function oversizedLooksLikeTemplate(absolutePath: string): Promise<boolean> {
  try {
    const handle = await open(absolutePath, 'r');
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
      const head = buffer.subarray(0, bytesRead);
      const encoding =
        head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
      return looksLikeTemplate(new TextDecoder(encoding).decode(head));
    } finally {
      await handle.close();
    }
  } catch {
    return true;
  }
}

/** Reads a file's bytes, refusing what is not a regular file or is over `maxBytes`. Throws `TemplateFileError`. */
export async function readFileBytes(
  file: string,
  absolutePath: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const handle = await open(absolutePath, 'r');
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new TemplateFileError(file, 'not a regular file');
      if (info.size > maxBytes) throw oversized(file, info.size, maxBytes);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof TemplateFileError) throw error;
    throw new TemplateFileError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw oversized(file, bytes.length, maxBytes);
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function oversized(file: string, size: number, maxBytes: number): TemplateFileError {
  return new TemplateFileError(
    file,
    `the file is ${formatBytes(size)}, over the maximum template file size of ${formatBytes(maxBytes)} (maxFileSize in the config; or list it under ignore:)`,
  );
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (a BOM is dropped); invalid bytes are an error naming the file and the first bad byte's line. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, offset).filter((b) => b === 0x0a).length;
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    throw new TemplateFileError(
      file,
      utf16
        ? 'the file is UTF-16; template files must be UTF-8'
        : `the file is not valid UTF-8 (byte ${offset} is not part of a UTF-8 character); save it as UTF-8`,
      { line, column: 1 },
    );
  }
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Classifies a file's bytes (see readTemplateSource). Bytes that are not UTF-8 are an error only in what looks
 * like a template; another such file is skipped. Throws `TemplateFileError`.
 */
export function readTemplateBytes(file: string, bytes: Uint8Array): TemplateFileOutcome {
  let source: string;
  try {
    source = decodeUtf8(file, bytes);
  } catch (error) {
    const bom =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : 'utf-8';
    const lenient = new TextDecoder(bom).decode(bytes);
    if (!looksLikeTemplate(lenient)) return { skipped: 'not a template (not UTF-8 text)' };
    throw error;
  }
  return readTemplateSource(file, source);
}

/** Reads a file that may or may not be a template. Throws `TemplateFileError`. */
export async function readTemplateFile(
  file: string,
  absolutePath: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<TemplateFileOutcome> {
  return readTemplateBytes(file, await readFileBytes(file, absolutePath, maxBytes));
}

/** Reads and parses a template file (it must be one). Throws `TemplateFileError`. */
export async function loadTemplateFile(
  file: string,
  absolutePath: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<LoadedTemplate[]> {
  return parseTemplateSource(file, decodeUtf8(file, await readFileBytes(file, absolutePath, maxBytes)));
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
