/**
 * `--invalid-out FILE`: one CSV row per recipient row that could not be evaluated, `row,field,reason`.
 * `row` is the line of the recipients file (the header is line 1; with a campaign file, `file:line`);
 * `field` the message field at fault (`to`, `text`, …; several joined with `;`); `reason` the problem, with
 * any number in it masked. The rendered text is never written, and the number only masked.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { maskNumbersIn, maskPhone } from '../../core/mask.js';
import type { PlannedRow } from './source.js';

export interface InvalidRowWriter {
  /** `file` prefixes the row number when a campaign reads several recipient files. */
  write(row: PlannedRow, issues: Array<{ field: string; code: string; message: string }>, file?: string): void;
  /** Rows written. */
  readonly count: number;
  close(): Promise<void>;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What may be shown of a bad number: its digits masked, other characters cut short. */
function shownValue(value: string): string {
  const short = value.length > 24 ? `${value.slice(0, 24)}…` : value;
  const digits = short.replace(/\D/g, '').length;
  return digits >= 7 ? maskPhone(short) : maskNumbersIn(short);
}

/** Opens `path` for writing (the path was checked before the run). */
export function invalidRowWriter(path: string): InvalidRowWriter {
  const out: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  out.on('error', (error) => {
    failure = error;
  });
  out.write('row,field,reason\n');
  let count = 0;
  let buffer = '';
  return {
    get count() {
      return count;
    },
    write(row, issues, file) {
      count++;
      const fields = [...new Set(issues.map((issue) => issue.field))].join(';');
      const reasons = issues
        .map((issue) => {
          const base = `${issue.field}: ${issue.code} (${maskNumbersIn(issue.message)})`;
          return issue.field === 'to' ? `${base}, value "${shownValue(row.to)}"` : base;
        })
        .join('; ');
      const where = file ? `${file}:${row.line}` : String(row.line);
      buffer += `${csvField(where)},${csvField(fields)},${csvField(reasons)}\n`;
      if (buffer.length > 1 << 16) {
        out.write(buffer);
        buffer = '';
      }
    },
    close() {
      return new Promise((resolve, reject) => {
        if (buffer) out.write(buffer);
        out.end(() => (failure ? reject(failure) : resolve()));
      });
    },
  };
}
