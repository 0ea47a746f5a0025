/**
 * importDoNotDisturb: streams an operator do-not-disturb CSV into the ledger as `operator-dnd` revokes of ADV,
 * in batches (one durable append per batch). Bad lines are counted and reported with their line numbers; they
 * never stop the import.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { makeIssue } from '../core/_issues.js';
import { PolicyInputError } from '../core/errors.js';
import { toDate } from './_input.js';
import type { ConsentLedger } from './ledger.js';
import { ALL_ACCOUNTS } from '../core/ports.js';
import type { ConsentRecordInput } from './types.js';
import { parseOptions } from '../core/options.js';

export interface DoNotDisturbImportOptions {
  /** Account the list applies to; default `*` (every account). */
  account?: string;
  /** When the operator published the list. */
  at: Date | string;
  /** Rows per durable append. Default 20,000. */
  batchSize?: number;
  /** Kept as evidence (`importRef`) on every event, e.g. the file name. */
  ref?: string;
  /** Called after each batch with the rows read so far. */
  onProgress?: (rows: number) => void;
}

export interface DoNotDisturbImportReport {
  /** Data rows read (header excluded). */
  rows: number;
  recorded: number;
  /** Rows skipped: unparsable CSV or an invalid number. */
  bad: number;
  /** 1-based line numbers of the first 1,000 bad rows. */
  badLines: number[];
}

const optionsSchema = z
  .object({
    account: z.string().min(1).max(200).optional(),
    at: z.union([z.date(), z.string()]),
    batchSize: z.number().int().positive().max(100_000).optional(),
    ref: z.string().max(500).optional(),
    onProgress: z.function().optional(),
  })
  .strict();

const MAX_BAD_LINES = 1_000;

/** Where `importDoNotDisturb` reads the CSV from: a stream, chunks, or the whole text. */
export type CsvInput = Readable | AsyncIterable<string | Uint8Array> | string;

/**
 * Imports an operator do-not-disturb list (CSV with a `to` or `phone` column) as ADV revokes.
 *
 * @example
 * const report = await importDoNotDisturb(ledger, createReadStream('dnd.csv'), { at: '2026-11-01' });
 * // { rows: 1000000, recorded: 999990, bad: 10, badLines: [17, ...] }
 */
export async function importDoNotDisturb(
  ledger: ConsentLedger,
  input: CsvInput,
  options: DoNotDisturbImportOptions,
): Promise<DoNotDisturbImportReport> {
  const parsed = parseOptions(optionsSchema, options, 'importDoNotDisturb');
  const at = toDate(parsed.at);
  if (!at) throw new PolicyInputError([makeIssue(['at'], 'invalid_date')]);
  const account = parsed.account ?? ALL_ACCOUNTS;
  const batchSize = parsed.batchSize ?? 20_000;
  const report: DoNotDisturbImportReport = { rows: 0, recorded: 0, bad: 0, badLines: [] };
  const markBad = (line: number) => {
    report.bad++;
    if (report.badLines.length < MAX_BAD_LINES) report.badLines.push(line);
  };

  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    info: true,
  });
  parser.on('skip', (error: { lines?: number }) => {
    report.rows++;
    markBad(error.lines ?? 0);
  });
  const source: AsyncIterable<string | Uint8Array> | Iterable<string> =
    typeof input === 'string' ? [input] : (input as AsyncIterable<string | Uint8Array>);
  const feeding = (async () => {
    try {
      for await (const chunk of source) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  let column = -1;
  let batch: ConsentRecordInput[] = [];
  let lines: number[] = [];
  const evidence = parsed.ref ? { importRef: parsed.ref } : undefined;
  // One batch is written while the next is parsed (a remote store works while this process parses numbers).
  let pending: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    const rowLines = lines;
    const readSoFar = report.rows;
    batch = [];
    lines = [];
    const previous = pending;
    // recordMany validates this batch now (synchronously), then writes it; at most two batches are in flight.
    pending = ledger.recordMany(rows, { invalid: 'skip' }).then(({ events, rejected }) => {
      report.recorded += events.length;
      for (const entry of rejected) markBad(rowLines[entry.index] ?? 0);
      options.onProgress?.(readSoFar);
    });
    // A failed write surfaces at the next await, not as an unhandled rejection.
    pending.catch(() => undefined);
    await previous;
  };

  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const { record, info } = item;
    if (column < 0) {
      column = record.findIndex((name) => ['to', 'phone'].includes(name.trim().toLowerCase()));
      if (column < 0) {
        parser.destroy();
        throw new PolicyInputError([
          makeIssue(['header'], 'required', {}, 'the CSV needs a header row with a `to` or `phone` column'),
        ]);
      }
      continue;
    }
    report.rows++;
    const phone = record[column];
    if (!phone) {
      markBad(info.lines);
      continue;
    }
    const entry: ConsentRecordInput = {
      subject: phone,
      account,
      kind: 'ADV',
      action: 'revoke',
      at,
      source: 'operator-dnd',
    };
    if (evidence) entry.evidence = evidence;
    batch.push(entry);
    lines.push(info.lines);
    if (batch.length >= batchSize) await flush();
  }
  await feeding;
  await flush();
  await pending;
  if (column < 0) {
    throw new PolicyInputError([makeIssue(['header'], 'required', {}, 'the CSV is empty: no header row')]);
  }
  report.badLines.sort((a, b) => a - b);
  return report;
}
