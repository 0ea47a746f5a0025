/**
 * `sms-policy simulate`: the campaign what-if. Streams the recipients CSV (never loads it whole), renders
 * each message, runs `policy.check` on memory stores and tallies verdicts, rules, deferrals and segments.
 * Exits 0 when it completes, whatever the verdicts.
 */
import { createReadStream, existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { parse as parseCsv } from 'csv-parse';
import { PolicyInputError } from '../../core/errors.js';
import { resolveMessage } from '../../core/locale.js';
import { createPolicy } from '../../core/policy.js';
import type { Locale, Verdict } from '../../core/types.js';
import { normalizePhone } from '../../text/phone.js';
import { countSegments } from '../../text/segments.js';
import { type CliConfig, selectRules } from '../config.js';
import { renderSimulationHtml, rulesBySeverity, segmentsSummary } from '../formats/html.js';
import {
  type CountryBreakdown,
  countryBreakdownHtml,
  createCountryBreakdown,
  formatCountryBreakdown,
  withCountrySection,
} from '../country-breakdown.js';
import { CliError, type CliIO, EXIT_OK, writeReportFile } from '../io.js';
import type { ConsentAdapter, ConsentSetup, PackDefinition } from '../packs.js';
import { type LoadedTemplate, loadTemplateFile, placeholders, type Template, TemplateFileError } from '../templates.js';

export interface SimulationResult {
  template: { id: string; kind: string; senderId: string; file: string };
  account: string;
  at: string;
  /** Recipients read (valid and invalid rows). */
  total: number;
  verdicts: Record<Verdict, number>;
  /** Rows whose number or rendered text is not a valid message (counted, never silently allowed). */
  invalid: number;
  invalidByField: Record<string, number>;
  /** Messages with at least one finding of each rule. */
  rules: Record<string, number>;
  /** Messages with a finding of each action, per rule. */
  ruleActions: Record<string, Record<string, number>>;
  /** Earliest retry times of deferred messages, by minute. */
  deferrals: Array<{ retryAt: string; count: number }>;
  segments: {
    total: number;
    /** Parts of messages not denied (what the campaign would actually send). */
    sendable: number;
    byParts: Record<string, number>;
    byEncoding: Record<string, number>;
  };
  optOuts?: number;
  /** Rows whose value of a variable is longer than its `maxLength` (the template's promise is broken). */
  overMaxLength: Record<string, number>;
  /** Verdicts and rules by the recipient's country (what byCountry routes by). */
  countries: CountryBreakdown;
  durationMs: number;
}

export interface SimulateValues {
  template?: string | undefined;
  'template-id'?: string | undefined;
  recipients?: string | undefined;
  'opt-outs'?: string | undefined;
  'consent-db'?: string | undefined;
  at?: string | undefined;
  rate?: string | undefined;
  account?: string | undefined;
  json?: boolean | undefined;
  html?: string | undefined;
}

export interface SimulateRun {
  values: SimulateValues;
  config: CliConfig;
  registry: Record<string, PackDefinition>;
  consent: ConsentAdapter;
  locale: Locale;
}

const PHONE_COLUMNS = ['to', 'phone'];

function resolvePath(io: CliIO, path: string): string {
  return isAbsolute(path) ? path : join(io.cwd, path);
}

function requireFile(io: CliIO, option: string, path: string | undefined): string {
  if (!path) throw new CliError(`simulate: --${option} is required`);
  const absolute = resolvePath(io, path);
  if (!existsSync(absolute)) throw new CliError(`${path}: no such file (--${option})`);
  return absolute;
}

async function pickTemplate(io: CliIO, path: string, id: string | undefined): Promise<LoadedTemplate> {
  let loaded: LoadedTemplate[];
  try {
    loaded = await loadTemplateFile(path, requireFile(io, 'template', path));
  } catch (error) {
    if (error instanceof TemplateFileError) throw new CliError(error.message);
    throw error;
  }
  if (id !== undefined) {
    const found = loaded.find((t) => t.template.id === id);
    if (!found) throw new CliError(`${path}: no template with id "${id}"`);
    return found;
  }
  if (loaded.length > 1) {
    throw new CliError(
      `${path} holds ${loaded.length} templates; choose one with --template-id (${loaded.map((t) => t.template.id).join(', ')})`,
    );
  }
  return loaded[0]!;
}

/** A renderer compiled once: literal and variable pieces joined per row. */
function compileRenderer(template: Template): (row: Record<string, string>) => string {
  const pieces: Array<string | { name: string }> = [];
  let last = 0;
  for (const { name, start, end } of placeholders(template.text)) {
    if (start > last) pieces.push(template.text.slice(last, start));
    pieces.push({ name });
    last = end;
  }
  if (last < template.text.length) pieces.push(template.text.slice(last));
  return (row) => {
    let out = '';
    for (const piece of pieces) out += typeof piece === 'string' ? piece : (row[piece.name] ?? '');
    return out;
  };
}

function csvParser(file: string, onHeader: (columns: string[]) => void) {
  const parser = parseCsv({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: false,
    columns: (header: string[]) => {
      const columns = header.map((c) => c.trim());
      onHeader(columns);
      return columns;
    },
  });
  const input = createReadStream(file);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  return { parser, input };
}

async function* optOutNumbers(file: string, label: string, region: string | undefined): AsyncGenerator<string> {
  let column = 'to';
  const { parser } = csvParser(file, (columns) => {
    const found = PHONE_COLUMNS.find((c) => columns.includes(c));
    if (!found) throw new CliError(`${label}: the header needs a "to" or "phone" column`);
    column = found;
  });
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    const phone = normalizePhone(record[column] ?? '', region ?? 'JO');
    if (phone) yield phone.e164;
  }
}

/** Deferrals are counted per minute (key: minutes since the epoch); the 20 earliest minutes are reported. */
function topDeferrals(map: Map<number, number>): Array<{ retryAt: string; count: number }> {
  return [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .slice(0, 20)
    .map(([minute, count]) => ({ retryAt: `${new Date(minute * 60_000).toISOString().slice(0, 16)}Z`, count }));
}

export async function runSimulate(io: CliIO, run: SimulateRun): Promise<number> {
  const { values, config, locale } = run;
  if (values['opt-outs'] && values['consent-db'])
    throw new CliError('simulate: use --opt-outs or --consent-db, not both');
  if (!values.template) throw new CliError('simulate: --template is required');
  const loaded = await pickTemplate(io, values.template, values['template-id']);
  const recipientsFile = requireFile(io, 'recipients', values.recipients);
  const at = values.at ? new Date(values.at) : new Date();
  if (Number.isNaN(at.getTime())) throw new CliError(`--at must be an ISO date-time, got "${values.at}"`);
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(rate > 0 && Number.isFinite(rate)))
    throw new CliError('--rate must be a positive number of messages per second');
  const { template } = loaded;
  const account = values.account ?? template.account ?? config.account ?? 'simulation';

  let setup: ConsentSetup;
  try {
    if (values['opt-outs']) {
      const file = requireFile(io, 'opt-outs', values['opt-outs']);
      setup = await run.consent.optOutLedger({
        account,
        at: new Date(0),
        numbers: optOutNumbers(file, values['opt-outs'], config.region),
      });
    } else if (values['consent-db']) {
      setup = await run.consent.sqliteLedger(requireFile(io, 'consent-db', values['consent-db']));
    } else {
      setup = await run.consent.emptyLedger();
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((error as Error).message);
  }

  try {
    const rules = selectRules(config, run.registry, setup.packOptions ? { consent: setup.packOptions } : {});
    const policy = createPolicy({
      rules,
      consent: setup.ledger,
      locale,
      clock: () => at,
      ...(config.region ? { defaultRegion: config.region } : {}),
    });
    const renderRow = compileRenderer(template);
    const limits = Object.entries(template.variables).flatMap(([name, v]) =>
      v.maxLength === undefined ? [] : [[name, v.maxLength] as const],
    );
    const needed = [...new Set(placeholders(template.text).map((p) => p.name))];
    let phoneColumn = 'to';
    const { parser, input } = csvParser(recipientsFile, (columns) => {
      const found = PHONE_COLUMNS.find((c) => columns.includes(c));
      if (!found) throw new CliError(`${values.recipients}: the header needs a "to" or "phone" column`);
      phoneColumn = found;
      const missing = needed.filter((name) => !columns.includes(name));
      if (missing.length > 0)
        throw new CliError(`${values.recipients}: no column for template variable(s) ${missing.join(', ')}`);
    });

    const stderrTTY = Boolean(io.stderr.isTTY);
    let bytes = 0;
    let bar: SingleBar | undefined;
    if (stderrTTY) {
      const { size } = await import('node:fs/promises').then((fs) => fs.stat(recipientsFile));
      bar = new SingleBar({
        stream: io.stderr as NodeJS.WritableStream,
        format: 'simulate [{bar}] {percentage}% | {rows} rows | {eta}s left',
        hideCursor: true,
      });
      bar.start(size, 0, { rows: 0 });
      input.on('data', (chunk) => {
        bytes += chunk.length;
      });
    }

    const result: SimulationResult = {
      template: { id: template.id, kind: template.kind, senderId: template.senderId, file: values.template },
      account,
      at: at.toISOString(),
      total: 0,
      verdicts: { allow: 0, review: 0, defer: 0, deny: 0 },
      invalid: 0,
      invalidByField: {},
      rules: {},
      ruleActions: {},
      deferrals: [],
      segments: { total: 0, sendable: 0, byParts: {}, byEncoding: {} },
      overMaxLength: {},
      countries: {},
      durationMs: 0,
    };
    const countries = createCountryBreakdown();
    if (setup.loaded !== undefined) result.optOuts = setup.loaded;
    const deferrals = new Map<number, number>();
    // Rendered texts repeat (one template, few distinct variable values): count each text's segments once.
    const segmentCache = new Map<string, ReturnType<typeof countSegments>>();
    const started = performance.now();
    const stepMs = rate ? 1000 / rate : 0;
    const base = at.getTime();

    try {
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        const index = result.total++;
        const text = renderRow(record);
        for (const [name, max] of limits) {
          if ((record[name]?.length ?? 0) > max) result.overMaxLength[name] = (result.overMaxLength[name] ?? 0) + 1;
        }
        const message = {
          account,
          senderId: template.senderId,
          kind: template.kind,
          to: record[phoneColumn] ?? '',
          text,
          at: stepMs ? new Date(base + Math.floor(index * stepMs)) : at,
        };
        let decision: Awaited<ReturnType<typeof policy.check>>;
        try {
          decision = await policy.check(message);
        } catch (error) {
          if (!(error instanceof PolicyInputError)) throw error;
          result.invalid++;
          for (const issue of error.issues) {
            const field = issue.path.join('.') || '(message)';
            result.invalidByField[field] = (result.invalidByField[field] ?? 0) + 1;
          }
          continue;
        }
        result.verdicts[decision.verdict]++;
        countries.add(decision);
        const seen = new Set<string>();
        for (const finding of decision.findings) {
          const actions = result.ruleActions[finding.ruleId] ?? {};
          result.ruleActions[finding.ruleId] = actions;
          actions[finding.action] = (actions[finding.action] ?? 0) + 1;
          if (seen.has(finding.ruleId)) continue;
          seen.add(finding.ruleId);
          result.rules[finding.ruleId] = (result.rules[finding.ruleId] ?? 0) + 1;
        }
        if (decision.verdict === 'defer' && decision.retryAt) {
          const minute = Math.floor(decision.retryAt.getTime() / 60_000);
          deferrals.set(minute, (deferrals.get(minute) ?? 0) + 1);
        }
        let segments = segmentCache.get(text);
        if (!segments) {
          segments = countSegments(text);
          if (segmentCache.size >= 1_024) segmentCache.clear();
          segmentCache.set(text, segments);
        }
        result.segments.total += segments.segments;
        if (decision.verdict !== 'deny') result.segments.sendable += segments.segments;
        const parts = String(segments.segments);
        result.segments.byParts[parts] = (result.segments.byParts[parts] ?? 0) + 1;
        result.segments.byEncoding[segments.encoding] = (result.segments.byEncoding[segments.encoding] ?? 0) + 1;
        if (bar && index % 2000 === 0) bar.update(bytes, { rows: result.total });
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      const err = error as Error & { code?: string; lines?: number };
      if (err.code?.startsWith('CSV_')) throw new CliError(`${values.recipients}: ${err.message}`);
      throw error;
    } finally {
      if (bar) {
        bar.update(bytes, { rows: result.total });
        bar.stop();
      }
    }
    result.deferrals = topDeferrals(deferrals);
    result.countries = countries.result();
    result.durationMs = Math.round(performance.now() - started);

    if (values.html) {
      const html = withCountrySection(
        renderSimulationHtml(result, locale),
        countryBreakdownHtml(result.countries, locale),
      );
      await writeReportFile(io.cwd, '--html', values.html, html);
    }
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(formatSimulation(result, locale));
    if (values.html && values.json)
      io.stderr.write(`${resolveMessage(locale, 'cli.sim.html', { path: values.html })}\n`);
    else if (values.html) io.stdout.write(`${resolveMessage(locale, 'cli.sim.html', { path: values.html })}\n`);
    return EXIT_OK;
  } finally {
    await setup.close?.();
  }
}

/** Text summary of a simulation. */
export function formatSimulation(result: SimulationResult, locale: Locale): string {
  const t = (id: string, p: Record<string, string | number> = {}) => resolveMessage(locale, id, p);
  const pct = (n: number) => (result.total > 0 ? `${((100 * n) / result.total).toFixed(1)}%` : '0%');
  const lines = [
    t('cli.sim.title', {
      template: result.template.id,
      kind: result.template.kind,
      senderId: result.template.senderId,
      at: result.at,
    }),
    t('cli.sim.total', {
      total: result.total,
      seconds: (result.durationMs / 1000).toFixed(1),
      invalid: result.invalid,
    }),
  ];
  if (result.optOuts !== undefined) lines.push(t('cli.sim.opt-outs', { count: result.optOuts }));
  lines.push('', t('cli.sim.verdicts'));
  for (const verdict of ['allow', 'review', 'defer', 'deny'] as const) {
    const n = result.verdicts[verdict];
    lines.push(`  ${t(`cli.verdict.${verdict}`).padEnd(8)} ${String(n).padStart(9)}  ${pct(n)}`);
  }
  if (result.invalid > 0) {
    const fields = Object.entries(result.invalidByField)
      .map(([f, n]) => `${f}: ${n}`)
      .join(', ');
    lines.push(`  ${'invalid'.padEnd(8)} ${String(result.invalid).padStart(9)}  ${pct(result.invalid)}  (${fields})`);
  }
  for (const [name, count] of Object.entries(result.overMaxLength)) {
    lines.push(t('cli.sim.over-max-length', { name, count }));
  }
  lines.push('', t('cli.sim.rules'));
  const rules = rulesBySeverity(result);
  if (rules.length === 0) lines.push(`  ${t('cli.sim.none')}`);
  for (const [ruleId, n] of rules) {
    const actions = Object.entries(result.ruleActions[ruleId] ?? {})
      .map(([a, c]) => `${a} ${c}`)
      .join(', ');
    lines.push(`  ${ruleId.padEnd(36)} ${String(n).padStart(9)}  (${actions})`);
  }
  lines.push('', t('cli.sim.deferrals'));
  if (result.deferrals.length === 0) lines.push(`  ${t('cli.sim.none')}`);
  for (const { retryAt, count } of result.deferrals) lines.push(`  ${retryAt}  ${String(count).padStart(9)}`);
  lines.push(...formatCountryBreakdown(result.countries, locale));
  lines.push('', segmentsSummary(result, locale));
  return `${lines.join('\n')}\n`;
}
