/**
 * `sms-policy train --data labelled.csv --out model.json [--base default|none]`: a content model trained on an
 * operator's reviewed traffic. The CSV has a header with `text` and `label` (a content category or `clean`);
 * every row is checked before training starts, and a bad one is a usage error naming its row.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { CliError, type CliIO, EXIT_OK } from '../io.js';
import { type TrainingExample, trainModel } from '../packs.js';

const LABELS = new Set([
  'adult',
  'pyramid',
  'piracy',
  'prescription',
  'counterfeit',
  'gambling',
  'drugs',
  'weapons',
  'phishing',
  'fraud',
  'abuse',
  'clean',
]);
/** Largest training file read (rows beyond a few hundred thousand belong in a pipeline, not a CLI call). */
export const MAX_TRAINING_BYTES = 64 * 1024 * 1024;
const MAX_TEXT = 5_000;

export interface TrainRun {
  data: string | undefined;
  out: string | undefined;
  base: string | undefined;
}

export async function runTrain(io: CliIO, run: TrainRun): Promise<number> {
  if (!run.data) throw new CliError('train: --data FILE is required (a CSV with the columns text and label)');
  if (!run.out) throw new CliError('train: --out FILE is required (where the model JSON is written)');
  const base = run.base ?? 'default';
  if (base !== 'default' && base !== 'none') throw new CliError(`train: --base must be default or none, got "${base}"`);
  const path = isAbsolute(run.data) ? run.data : join(io.cwd, run.data);
  let source: string;
  try {
    const buffer = await readFile(path);
    if (buffer.length > MAX_TRAINING_BYTES) throw new CliError(`${run.data}: larger than ${MAX_TRAINING_BYTES} bytes`);
    source = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${run.data}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : 'not valid UTF-8'}`,
    );
  }
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(source, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false }) as Record<
      string,
      string
    >[];
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new CliError(`${run.data}: invalid CSV${e.lines ? ` at line ${e.lines}` : ''}: ${e.message.split('\n')[0]}`);
  }
  if (rows.length === 0)
    throw new CliError(`${run.data}: no rows (a header with text and label, then one row per message)`);
  const header = Object.keys(rows[0]!);
  for (const column of ['text', 'label']) {
    if (!header.includes(column))
      throw new CliError(`${run.data}: the header has no "${column}" column (found: ${header.join(', ')})`);
  }
  const examples: TrainingExample[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const text = row.text ?? '';
    const label = (row.label ?? '').trim().toLowerCase();
    if (text.trim().length === 0) throw new CliError(`${run.data}: row ${line}: text is empty`);
    if (text.length > MAX_TEXT)
      throw new CliError(`${run.data}: row ${line}: text is longer than ${MAX_TEXT} characters`);
    if (!LABELS.has(label)) {
      throw new CliError(`${run.data}: row ${line}: label "${row.label ?? ''}" is not a content category or clean`);
    }
    examples.push({ text, labels: label === 'clean' ? [] : [label as TrainingExample['labels'][number]] });
  });
  const json = trainModel(examples, base, `${examples.length} reviewed messages (${run.data}), base ${base}`);
  const out = isAbsolute(run.out) ? run.out : join(io.cwd, run.out);
  try {
    await writeFile(out, json, 'utf8');
  } catch (error) {
    throw new CliError(`${run.out}: cannot write the model (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  io.stderr.write(`trained on ${examples.length} messages (base ${base}); model written to ${run.out}\n`);
  return EXIT_OK;
}
