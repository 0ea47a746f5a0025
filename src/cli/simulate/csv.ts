/**
 * A streaming CSV reader for recipient and opt-out lists (RFC 4180: quoted fields, doubled quotes, quoted
 * line breaks, CRLF or LF, a UTF-8 byte-order mark). Rows come out as arrays of trimmed fields with the
 * line they start on, in batches per chunk read, so a million rows cost a million small arrays and no
 * object per row. Memory stays at one chunk plus one unfinished row, whatever the file's size.
 */
import { createReadStream } from 'node:fs';
import { CliError } from '../io.js';

export interface CsvRow {
  /** 1-based line of the file the row starts on (the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvReadOptions {
  /** Called with the bytes read so far (for progress). */
  onBytes?: (bytes: number) => void;
  /** Most characters in one field (a guard against a file that never closes a quote). Default 1 MiB. */
  maxField?: number;
}

/** Reads `file`; yields batches of rows (the header row included as the first). Empty lines are skipped. */
export async function* readCsv(file: string, label: string, options: CsvReadOptions = {}): AsyncGenerator<CsvRow[]> {
  const maxField = options.maxField ?? 1 << 20;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 15 });
  let bytes = 0;
  let carry = '';
  let carryLine = 1;
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk, 'utf8');
      let text = carry + chunk;
      if (first) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      const { rows, rest, restLine } = parseRows(text, carryLine, false, label);
      if (rest.length > maxField)
        throw new CliError(`${label}:${restLine}: a field or row longer than ${maxField} characters (unclosed quote?)`);
      carry = rest;
      carryLine = restLine;
      options.onBytes?.(bytes);
      if (rows.length > 0) yield rows;
    }
    if (carry.length > 0) {
      const { rows } = parseRows(carry, carryLine, true, label);
      if (rows.length > 0) yield rows;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${label}: cannot read the file (${(error as Error).message})`);
  } finally {
    stream.destroy();
  }
}

/**
 * Parses every complete row of `text`. The unfinished tail (no line break yet, or an open quote) is handed
 * back as `rest` unless `final`. Fields are trimmed like csv-parse's `trim`.
 */
export function parseRows(
  text: string,
  startLine: number,
  final: boolean,
  label: string,
): { rows: CsvRow[]; rest: string; restLine: number } {
  const rows: CsvRow[] = [];
  let line = startLine;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    const rowStart = pos;
    const rowLine = line;
    const fields: string[] = [];
    let complete = false;
    for (;;) {
      // One field from `pos`.
      let start = pos;
      while (start < length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
      if (start < length && text.charCodeAt(start) === 34) {
        let value = '';
        let at = start + 1;
        let closed = false;
        while (at < length) {
          const quote = text.indexOf('"', at);
          if (quote < 0) break;
          value += text.slice(at, quote);
          if (text.charCodeAt(quote + 1) === 34) {
            value += '"';
            at = quote + 2;
            continue;
          }
          at = quote + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!final) return { rows, rest: text.slice(rowStart), restLine: rowLine };
          throw new CliError(`${label}:${rowLine}: a quoted field is not closed`);
        }
        for (let i = start; i < at; i++) if (text.charCodeAt(i) === 10) line++;
        while (at < length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
        const next = text.charCodeAt(at);
        if (at < length && next !== 44 && next !== 10 && next !== 13) {
          throw new CliError(`${label}:${line}: unexpected text after a closing quote`);
        }
        fields.push(value.trim());
        pos = at;
      } else {
        let end = start;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === 44 || code === 10 || code === 13) break;
          end++;
        }
        if (end >= length && !final) return { rows, rest: text.slice(rowStart), restLine: rowLine };
        fields.push(text.slice(start, end).trim());
        pos = end;
      }
      const separator = text.charCodeAt(pos);
      if (separator === 44) {
        pos++;
        continue;
      }
      if (pos >= length) {
        complete = final;
        if (!final) return { rows, rest: text.slice(rowStart), restLine: rowLine };
        break;
      }
      // A line break: CRLF or LF (a CR at the very end of a chunk waits for its LF).
      if (separator === 13) {
        if (pos + 1 >= length && !final) return { rows, rest: text.slice(rowStart), restLine: rowLine };
        pos += text.charCodeAt(pos + 1) === 10 ? 2 : 1;
      } else pos++;
      line++;
      complete = true;
      break;
    }
    if (complete && !(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
  }
  return { rows, rest: '', restLine: line };
}
