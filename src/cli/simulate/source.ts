/**
 * One campaign entry as a stream of messages: its recipients CSV read in batches, each row rendered with the
 * template (a renderer compiled once) and given its planned send time (`at`, then `1/rate` apart).
 */
import { placeholders, type Template } from '../templates/index.js';
import { CliError } from '../io.js';
import { type CsvRow, readCsv } from './csv.js';

const PHONE_COLUMNS = ['to', 'phone'];

export interface PlannedRow {
  /** 1-based line of the recipients file. */
  line: number;
  to: string;
  text: string;
  plannedMs: number;
  /** Variables whose value is longer than their `maxLength`. */
  overMaxLength: string[] | undefined;
}

export interface SourceEntry {
  template: Template;
  recipientsFile: string;
  /** The recipients path as the user wrote it (messages name it). */
  recipientsLabel: string;
  atMs: number;
  rate: number | undefined;
}

/** A renderer compiled once: literal and variable pieces joined per row (`columns` index the row's fields). */
function compileRenderer(template: Template, columns: string[]): (fields: string[]) => string {
  const pieces: Array<string | number> = [];
  let last = 0;
  for (const { name, start, end } of placeholders(template.text)) {
    if (start > last) pieces.push(template.text.slice(last, start));
    pieces.push(columns.indexOf(name));
    last = end;
  }
  if (last < template.text.length) pieces.push(template.text.slice(last));
  return (fields) => {
    let out = '';
    for (const piece of pieces) out += typeof piece === 'string' ? piece : (fields[piece] ?? '');
    return out;
  };
}

/** Checks the header: a phone column and a column per template variable. */
function readHeader(entry: SourceEntry, header: CsvRow | undefined) {
  const columns = header?.fields ?? [];
  const phone = PHONE_COLUMNS.map((c) => columns.indexOf(c)).find((i) => i >= 0);
  if (phone === undefined) throw new CliError(`${entry.recipientsLabel}: the header needs a "to" or "phone" column`);
  const needed = [...new Set(placeholders(entry.template.text).map((p) => p.name))];
  const missing = needed.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new CliError(`${entry.recipientsLabel}: no column for template variable(s) ${missing.join(', ')}`);
  }
  const limits = Object.entries(entry.template.variables).flatMap(([name, v]) =>
    v.maxLength === undefined || !columns.includes(name) ? [] : [[columns.indexOf(name), name, v.maxLength] as const],
  );
  return { columns, phone, limits };
}

/** The rows of one entry, in batches; `onBytes` reports reading progress. */
export async function* plannedRows(
  entry: SourceEntry,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<PlannedRow[]> {
  let header: ReturnType<typeof readHeader> | undefined;
  let render: ((fields: string[]) => string) | undefined;
  let index = 0;
  const stepMs = entry.rate ? 1000 / entry.rate : 0;
  for await (const batch of readCsv(entry.recipientsFile, entry.recipientsLabel, onBytes ? { onBytes } : {})) {
    const out: PlannedRow[] = [];
    for (const row of batch) {
      if (!header) {
        header = readHeader(entry, row);
        render = compileRenderer(entry.template, header.columns);
        continue;
      }
      if (row.fields.length !== header.columns.length) {
        throw new CliError(
          `${entry.recipientsLabel}:${row.line}: ${row.fields.length} field(s) where the header has ${header.columns.length}`,
        );
      }
      let over: string[] | undefined;
      for (const [column, name, max] of header.limits) {
        if (row.fields[column]!.length > max) {
          over ??= [];
          over.push(name);
        }
      }
      out.push({
        line: row.line,
        to: row.fields[header.phone]!,
        text: render!(row.fields),
        plannedMs: stepMs ? entry.atMs + Math.floor(index * stepMs) : entry.atMs,
        overMaxLength: over,
      });
      index++;
    }
    if (out.length > 0) yield out;
  }
  if (!header) throw new CliError(`${entry.recipientsLabel}: the file is empty (it needs a header row)`);
}
