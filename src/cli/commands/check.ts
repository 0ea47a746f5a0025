/**
 * `sms-policy check <files|dirs|globs...|->`: lint every template with its examples and at its worst case.
 *
 * Files are found by `discoverFiles`, read one after another (a few reads ahead) and evaluated as soon as they
 * are parsed, so memory holds one file's parse tree at a time. A file that looks like a template but is broken
 * is recorded as an error and the run goes on: the report covers every other file, and the exit code is 2.
 */
import { stat } from 'node:fs/promises';
import { PolicyInputError } from '../../core/errors.js';
import { resolveMessage } from '../../locales/catalog.js';
import { expandRoutes } from '../../core/_routes.js';
import { createPolicy, type Policy } from '../../core/policy.js';
import type { Finding, Locale, MessageField, Rule, TemplateMessage, Verdict } from '../../core/types.js';
import { mergeFindings } from '../../core/verdict.js';
import { countSegments } from '../../text/segments.js';
import type { FailOn } from '../config-schema.js';
import { type CandidateFile, discoverFiles, type IgnoreSource } from '../files.js';
import { CliError } from '../io.js';
import {
  type CheckReport,
  type FileError,
  type FileResult,
  isFailing,
  type LocatedFinding,
  regionToLocation,
  type SkippedFile,
  type TemplateResult,
} from '../report.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  decodeUtf8,
  exampleValues,
  type LoadedTemplate,
  oversizedLooksLikeTemplate,
  parseTemplateSource,
  readFileBytes,
  readTemplateBytes,
  render,
  type TemplateField,
  TemplateFileError,
  type TemplateFileOutcome,
  worstCaseValues,
} from '../templates/index.js';

/** The path `check -` reports for the template read from stdin (unless `--stdin-filename` names one). */
export const STDIN_PATH = '<stdin>';

function inputErrorFinding(error: PolicyInputError, locale: Locale): Finding {
  const problem = error.issues
    .map((issue) => `${issue.path.join('.')}: ${locale === 'ar' ? issue.messageAr : issue.message}`)
    .join('; ');
  const field = error.issues[0]?.path[0];
  const finding: Finding = {
    ruleId: 'cli/template-input',
    action: 'deny',
    messageId: 'cli.template-input',
    message: resolveMessage(locale, 'cli.template-input', { problem }),
    params: { problem },
  };
  if (typeof field === 'string') finding.evidence = [{ data: { field } }];
  return finding;
}

function lintRendered(policy: Policy, loaded: LoadedTemplate, text: string): Finding[] {
  const { template } = loaded;
  const message: TemplateMessage = { senderId: template.senderId, kind: template.kind, text };
  if (template.account) message.account = template.account;
  if (template.to) message.to = template.to;
  try {
    return policy.lint(message).findings;
  } catch (error) {
    if (error instanceof PolicyInputError) return [inputErrorFinding(error, policy.locale)];
    throw error;
  }
}

const TEMPLATE_FIELDS: ReadonlySet<string> = new Set<TemplateField>([
  'id',
  'kind',
  'senderId',
  'text',
  'account',
  'to',
]);

/** Where a finding without a span points: the field its rule names (`meta.field`), else the `text:` value. */
function fieldOf(finding: Finding, fields: ReadonlyMap<string, MessageField>): TemplateField {
  const named = finding.evidence?.find((e) => typeof e.data?.field === 'string')?.data?.field;
  const field = typeof named === 'string' ? named : fields.get(finding.ruleId);
  return field !== undefined && TEMPLATE_FIELDS.has(field) ? (field as TemplateField) : 'text';
}

/** Evaluates one template: example render, then worst case; findings located in the file, de-duplicated. */
export function evaluateTemplate(
  policy: Policy,
  loaded: LoadedTemplate,
  fields: ReadonlyMap<string, MessageField> = fieldsOf(policy.rules),
): TemplateResult {
  const started = performance.now();
  const { template } = loaded;
  const located: LocatedFinding[] = [];
  const seen = new Set<string>();
  const renders = [
    { name: 'example' as const, rendered: render(template.text, exampleValues(template)) },
    { name: 'worst-case' as const, rendered: render(template.text, worstCaseValues(template)) },
  ];
  for (const { name, rendered } of renders) {
    if (name === 'worst-case' && rendered.text === renders[0]!.rendered.text) continue;
    for (const finding of lintRendered(policy, loaded, rendered.text)) {
      const span = finding.evidence?.find((e) => e.span)?.span;
      const region = span
        ? loaded.regionOf(rendered.toTemplateSpan(span))
        : (loaded.fieldRegion(fieldOf(finding, fields)) ?? loaded.textRegion);
      const location = regionToLocation(region);
      const key = `${finding.ruleId}|${finding.messageId}|${finding.action}|${location.line}:${location.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      located.push({ ...finding, render: name, location });
    }
  }
  const merged = mergeFindings(located);
  return {
    id: template.id,
    kind: template.kind,
    decision: { ...merged, findings: located },
    segments: {
      example: countSegments(renders[0]!.rendered.text),
      worstCase: countSegments(renders[1]!.rendered.text),
    },
    durationMs: performance.now() - started,
  };
}

function fieldsOf(rules: readonly Rule[]): Map<string, MessageField> {
  return new Map(rules.flatMap((rule) => (rule.meta.field ? [[rule.id, rule.meta.field] as const] : [])));
}

export interface CheckRunOptions {
  inputs: string[];
  cwd: string;
  rules: Rule[];
  locale: Locale;
  failOn: FailOn;
  region?: string;
  /** `--ignore` and the config's `ignore:`. */
  ignore?: IgnoreSource[];
  /** Config files in use: never checked as templates. */
  configFiles?: string[];
  /** Largest file read, in bytes. Default `DEFAULT_MAX_FILE_BYTES`. */
  maxFileBytes?: number;
  /** Reads stdin for `check -` (at most `maxBytes` bytes). */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
  /** Path reported for stdin. Default `<stdin>`. */
  stdinName?: string;
}

function fileError(path: string, error: TemplateFileError): FileError {
  const out: FileError = { path, message: error.problem };
  if (error.position) {
    out.line = error.position.line;
    out.column = error.position.column;
  }
  return out;
}

type Read = { file: CandidateFile; outcome?: TemplateFileOutcome; error?: TemplateFileError };

/** Reads files in order, `ahead` reads in flight, and yields each one's outcome. */
async function* readAll(files: CandidateFile[], maxBytes: number, ahead = 8): AsyncGenerator<Read> {
  // Parsing happens when a read is taken, so at most one parse tree is alive at a time.
  const pending: Array<Promise<{ file: CandidateFile; bytes?: Buffer; error?: TemplateFileError; skipped?: string }>> =
    [];
  const read = async (file: CandidateFile) => {
    const size = (await stat(file.absolute).catch(() => undefined))?.size ?? 0;
    // A large file that does not look like a template is skipped unread; one that does is an error.
    if (size > maxBytes && !(await oversizedLooksLikeTemplate(file.absolute))) {
      return { file, skipped: `not a template (over the maximum file size, and no "text" key in its first 64 KiB)` };
    }
    return { file, bytes: await readFileBytes(file.path, file.absolute, maxBytes) };
  };
  let next = 0;
  const enqueue = () => {
    while (pending.length < ahead && next < files.length) {
      const file = files[next++]!;
      pending.push(
        read(file).catch((error: unknown) => {
          if (error instanceof TemplateFileError) return { file, error };
          throw error;
        }),
      );
    }
  };
  enqueue();
  while (pending.length > 0) {
    const done = await pending.shift()!;
    enqueue();
    if (done.skipped) {
      yield { file: done.file, outcome: { skipped: done.skipped } };
      continue;
    }
    if (done.error || !done.bytes) {
      yield { file: done.file, error: done.error! };
      continue;
    }
    try {
      yield { file: done.file, outcome: readTemplateBytes(done.file.path, done.bytes) };
    } catch (error) {
      if (!(error instanceof TemplateFileError)) throw error;
      yield { file: done.file, error };
    }
  }
}

/**
 * Finds, reads and evaluates every template. Usage errors (no inputs, a path that names nothing) throw
 * `CliError`; a broken template file is recorded in `errors` and the run goes on.
 */
export async function runCheck(options: CheckRunOptions): Promise<CheckReport> {
  if (options.inputs.length === 0)
    throw new CliError('check needs at least one file, directory or glob (or - for stdin)');
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const stdinCount = options.inputs.filter((input) => input === '-').length;
  if (stdinCount > 1) throw new CliError('check: - (stdin) can be given only once');
  const paths = options.inputs.filter((input) => input !== '-');
  const discovery =
    paths.length > 0
      ? await discoverFiles(paths, {
          cwd: options.cwd,
          ignore: options.ignore ?? [],
          configFiles: options.configFiles ?? [],
        })
      : { files: [], skipped: [] };

  // Lint runs stateless rules only; stateful and rate rules (and their ports) are not needed here.
  // byCountry routers are expanded first, so the filter sees each routed rule's stage and needs.
  const rules = expandRoutes(options.rules, options.region ?? 'JO');
  const policy = createPolicy({
    rules: rules.filter(
      (rule) =>
        (rule.stage === 'stateless' || rule.stage === 'compose') && !(rule.meta.needs ?? []).includes('consent'),
    ),
    locale: options.locale,
    ...(options.region ? { defaultRegion: options.region } : {}),
  });
  const fields = fieldsOf(policy.rules);
  const verdicts: Record<Verdict, number> = { allow: 0, review: 0, defer: 0, deny: 0 };
  let findings = 0;
  let failing = 0;
  const results: FileResult[] = [];
  const errors: FileError[] = [];
  const skipped: SkippedFile[] = [...discovery.skipped];

  const evaluate = (path: string, templates: LoadedTemplate[]) => {
    results.push({
      path,
      templates: templates.map((template) => {
        const result = evaluateTemplate(policy, template, fields);
        verdicts[result.decision.verdict]++;
        findings += result.decision.findings.length;
        failing += result.decision.findings.filter((f) => isFailing(f.action, options.failOn)).length;
        return result;
      }),
    });
  };

  if (stdinCount === 1) {
    const name = options.stdinName ?? STDIN_PATH;
    if (!options.readStdin) throw new CliError('check -: no standard input to read');
    const bytes = await options.readStdin(maxBytes);
    try {
      if (bytes.length > maxBytes) {
        throw new TemplateFileError(name, `more than the maximum template file size of ${maxBytes} bytes`);
      }
      // One template is expected on stdin: anything else is an error, not a skip.
      const source = decodeUtf8(name, bytes);
      evaluate(name, parseTemplateSource(name, source));
    } catch (error) {
      if (!(error instanceof TemplateFileError)) throw error;
      errors.push(fileError(name, error));
    }
  }

  for await (const read of readAll(discovery.files, maxBytes)) {
    if (read.error) errors.push(fileError(read.file.path, read.error));
    else if (read.outcome && 'skipped' in read.outcome)
      skipped.push({ path: read.file.path, reason: read.outcome.skipped });
    else if (read.outcome) evaluate(read.file.path, read.outcome.templates);
  }

  return {
    files: results,
    summary: {
      files: results.length,
      templates: results.reduce((n, f) => n + f.templates.length, 0),
      verdicts,
      findings,
      failing,
      failOn: options.failOn,
      errors: errors.length,
      skipped: skipped.length,
    },
    errors,
    skipped,
  };
}
