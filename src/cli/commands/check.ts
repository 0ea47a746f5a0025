/** `sms-policy check <files|dirs|globs...>`: lint every template with its examples and at its worst case. */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import { PolicyInputError } from '../../core/errors.js';
import { resolveMessage } from '../../core/locale.js';
import { expandRoutes } from '../../core/_routes.js';
import { createPolicy, type Policy } from '../../core/policy.js';
import type { Finding, Locale, Verdict } from '../../core/types.js';
import { mergeFindings } from '../../core/verdict.js';
import { countSegments } from '../../text/segments.js';
import { CONFIG_FILES, type FailOn } from '../config.js';
import { CliError } from '../io.js';
import {
  type CheckReport,
  type FileResult,
  isFailing,
  type LocatedFinding,
  regionToLocation,
  type TemplateResult,
} from '../report.js';
import {
  exampleValues,
  type LoadedTemplate,
  loadTemplateFile,
  render,
  TemplateFileError,
  worstCaseValues,
} from '../templates.js';
import type { Rule } from '../../core/types.js';

const TEMPLATE_GLOB = '**/*.{yaml,yml,json}';

/** Expands arguments to template files: directories recursively, globs with tinyglobby, files as given. */
export async function expandInputs(inputs: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    const absolute = isAbsolute(input) ? input : join(cwd, input);
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = await glob(TEMPLATE_GLOB, { cwd: absolute, ignore: ['**/node_modules/**'] });
        const templates = found.filter((name) => !CONFIG_FILES.some((c) => name.endsWith(c))).sort();
        if (templates.length === 0) throw new CliError(`${input}: no *.yaml, *.yml or *.json files in this directory`);
        for (const name of templates) files.add(relative(cwd, join(absolute, name)) || name);
      } else {
        // Inside the working directory, report paths relative to it (what SARIF and annotations expect).
        const rel = relative(cwd, absolute);
        files.add(isAbsolute(input) && !rel.startsWith('..') && !isAbsolute(rel) ? rel : input);
      }
      continue;
    }
    const matched = await glob(input, { cwd, ignore: ['**/node_modules/**'] });
    if (matched.length === 0) throw new CliError(`${input}: no such file, directory or matching glob`);
    for (const name of matched.sort()) files.add(name);
  }
  return [...files];
}

function inputErrorFinding(error: PolicyInputError, locale: Locale): Finding {
  const problem = error.issues
    .map((issue) => `${issue.path.join('.')}: ${locale === 'ar' ? issue.messageAr : issue.message}`)
    .join('; ');
  return {
    ruleId: 'cli/template-input',
    action: 'deny',
    messageId: 'cli.template-input',
    message: resolveMessage(locale, 'cli.template-input', { problem }),
    params: { problem },
  };
}

function lintRendered(policy: Policy, loaded: LoadedTemplate, text: string): Finding[] {
  const { template } = loaded;
  const message: Record<string, unknown> = { senderId: template.senderId, kind: template.kind, text };
  if (template.account) message.account = template.account;
  if (template.to) message.to = template.to;
  try {
    return policy.lint(message).findings;
  } catch (error) {
    if (error instanceof PolicyInputError) return [inputErrorFinding(error, policy.locale)];
    throw error;
  }
}

/** Evaluates one template: example render, then worst case; findings located in the file, de-duplicated. */
export function evaluateTemplate(policy: Policy, loaded: LoadedTemplate): TemplateResult {
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
      const region = span ? loaded.regionOf(rendered.toTemplateSpan(span)) : loaded.textRegion;
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
  };
}

export interface CheckRunOptions {
  inputs: string[];
  cwd: string;
  rules: Rule[];
  locale: Locale;
  failOn: FailOn;
  region?: string;
}

/** Loads every file (any malformed file is an input error), then evaluates every template. */
export async function runCheck(options: CheckRunOptions): Promise<CheckReport> {
  if (options.inputs.length === 0) throw new CliError('check needs at least one file, directory or glob');
  const files = await expandInputs(options.inputs, options.cwd);
  // Files are read a few at a time (I/O overlaps with parsing); results keep the input order.
  const outcomes: Array<{ path: string; templates?: LoadedTemplate[]; problem?: string }> = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      try {
        const absolute = isAbsolute(file) ? file : join(options.cwd, file);
        outcomes[index] = { path: file, templates: await loadTemplateFile(file, absolute) };
      } catch (error) {
        if (!(error instanceof TemplateFileError)) throw error;
        outcomes[index] = { path: file, problem: error.message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  const problems = outcomes.flatMap((o) => (o.problem ? [o.problem] : []));
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  const loaded = outcomes.map((o) => ({ path: o.path, templates: o.templates ?? [] }));
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
  const verdicts: Record<Verdict, number> = { allow: 0, review: 0, defer: 0, deny: 0 };
  let findings = 0;
  let failing = 0;
  const results: FileResult[] = loaded.map(({ path, templates }) => ({
    path: path.split('\\').join('/'),
    templates: templates.map((template) => {
      const result = evaluateTemplate(policy, template);
      verdicts[result.decision.verdict]++;
      findings += result.decision.findings.length;
      failing += result.decision.findings.filter((f) => isFailing(f.action, options.failOn)).length;
      return result;
    }),
  }));
  return {
    files: results,
    summary: {
      files: results.length,
      templates: results.reduce((n, f) => n + f.templates.length, 0),
      verdicts,
      findings,
      failing,
      failOn: options.failOn,
    },
  };
}
