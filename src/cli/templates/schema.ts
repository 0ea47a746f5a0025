import { z } from 'zod';
import { MESSAGE_KINDS, type MessageKind } from '../../core/types.js';

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

export const templateSchema = z
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
export const MAX_ALIAS_COUNT = 100;

export type Path = Array<string | number>;

export function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(template)';
  return `${where}: ${issue.message}`;
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

export function checkPlaceholders(template: Template): string | undefined {
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
