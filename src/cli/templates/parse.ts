/** Reading template files: bytes (bounded, strict UTF-8), YAML or JSON with source positions, validation. */
import { open } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import {
  DEFAULT_MAX_FILE_BYTES,
  MAX_ALIAS_COUNT,
  TemplateFileError,
  checkPlaceholders,
  describeZodIssue,
  hasTemplateShape,
  looksLikeTemplate,
  templateSchema,
  type LoadedTemplate,
  type Path,
  type SourcePosition,
  type Template,
  type TemplateVariable,
} from './schema.js';
import { alignScalar, jsonErrorPosition, jsonPrefixPosition, jsonProblem, templatePaths } from './source-map.js';

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
