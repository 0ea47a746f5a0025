/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. One reportingDescriptor per rule id, with its docs
 * page as `fullDescription` and `help.markdown`, `tags`, `precision` and `security-severity` (GitHub's severity
 * for code scanning alerts); one result per finding, located at the words (or the field) it is about, with a
 * fingerprint that names the file. Files that could not be checked are tool execution notifications, and the
 * invocation says the run did not succeed.
 */
import { createHash } from 'node:crypto';
import type { Invocation, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { ConfidenceGrade, FindingAction, Rule } from '../../core/types.js';
import { type CheckReport, type FormatContext, shownFindings } from '../report.js';
import { ruleDoc } from '../rule-docs.js';

const LEVEL: Record<FindingAction, Result.level> = {
  deny: 'error',
  defer: 'warning',
  review: 'warning',
  warn: 'warning',
  info: 'note',
};

/**
 * GitHub's security severity (0.0–10.0: 9.0+ critical, 7.0+ high, 4.0+ medium, else low), from the rule's
 * default action. Phishing and fraud harm the recipient directly, so their denials are critical.
 */
const SECURITY_SEVERITY: Record<FindingAction, string> = {
  deny: '8.0',
  defer: '5.0',
  review: '5.0',
  warn: '3.0',
  info: '1.0',
};
const CRITICAL_RULES: ReadonlySet<string> = new Set(['content/phishing', 'content/fraud']);

const PRECISION: Record<ConfidenceGrade, string> = { A: 'very-high', B: 'high', C: 'medium', D: 'low' };

/** The notification descriptor for a template file that could not be read or parsed. */
export const FILE_ERROR_ID = 'cli/template-file';

/** The docs page of a rule id: `meta.docs`, else `docs/rules/<domain>/<tail>.md`. */
export function docsPath(ruleId: string, rule?: Rule): string {
  if (rule?.meta.docs) return rule.meta.docs;
  if (ruleId.startsWith('cli/')) return 'docs/guide/ci.md';
  const [domain, tail] = ruleId.split('/');
  return `docs/rules/${domain}/${tail}.md`;
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (!value || !/^https?:\/\//.test(value)) return undefined;
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}

/** Shipped rules link into this package's docs; your own rules link only to an absolute `meta.docs` URL. */
function helpUri(ruleId: string, rule: Rule | undefined, base: string, external: boolean): string | undefined {
  const absolute = absoluteUrl(rule?.meta.docs);
  if (absolute) return absolute;
  if (external) return undefined;
  return new URL(docsPath(ruleId, rule), base).href;
}

/** `tags`: the tool, the rule's domain, and `security` (GitHub applies `security-severity` only with it). */
function tagsOf(ruleId: string): string[] {
  const domain = ruleId.split('/')[0] ?? 'rules';
  const extra = domain === 'consent' ? ['privacy'] : domain === 'content' ? ['content'] : ['compliance'];
  return ['sms', domain, ...extra.filter((tag) => tag !== domain), 'security'];
}

function descriptor(ruleId: string, rule: Rule | undefined, context: FormatContext): ReportingDescriptor {
  const external = context.externalRuleIds.has(ruleId);
  const action = rule?.meta.defaultAction ?? 'deny';
  const short = rule?.meta.description ?? ruleId;
  const out: ReportingDescriptor = {
    id: ruleId,
    name: ruleId
      .split(/[/-]/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: short },
    defaultConfiguration: { level: LEVEL[action] },
  };
  const uri = helpUri(ruleId, rule, context.docsBaseUrl, external);
  if (uri) out.helpUri = uri;
  const doc = external ? undefined : ruleDoc(context.packageRoot, docsPath(ruleId, rule), context.docsBaseUrl);
  out.fullDescription = { text: doc?.description || short };
  const more = uri ? `\n\nMore: ${uri}` : '';
  out.help = doc
    ? { text: `${doc.description || short}${more}`, markdown: doc.markdown }
    : { text: `${short}${more}`, markdown: uri ? `${short}\n\n[Rule documentation](${uri})` : short };
  const severity = CRITICAL_RULES.has(ruleId) && action === 'deny' ? '9.0' : SECURITY_SEVERITY[action];
  const properties: Record<string, unknown> = {
    tags: tagsOf(ruleId),
    precision: PRECISION[rule?.meta.confidence ?? 'C'],
    'security-severity': severity,
    defaultAction: action,
  };
  if (rule?.meta.source) properties.source = rule.meta.source;
  if (rule?.meta.confidence) properties.confidence = rule.meta.confidence;
  out.properties = properties;
  return out;
}

/** A stable, opaque id of a finding: the file, the template, the rule and message, and which occurrence it is. */
function fingerprint(path: string, template: string, ruleId: string, messageId: string, occurrence: number): string {
  return createHash('sha256')
    .update(`${path}\u0000${template}\u0000${ruleId}\u0000${messageId}\u0000${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}

export function buildSarif(report: CheckReport, context: FormatContext): Log {
  const known = new Map(context.rules.map((rule) => [rule.id, rule]));
  const ids = [...context.rules.map((rule) => rule.id)];
  for (const file of report.files)
    for (const template of file.templates)
      for (const finding of shownFindings(template.decision.findings, context))
        if (!ids.includes(finding.ruleId)) ids.push(finding.ruleId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const results: Result[] = [];
  for (const file of report.files) {
    const uri = encodeURI(file.path);
    for (const template of file.templates) {
      const occurrences = new Map<string, number>();
      for (const finding of shownFindings(template.decision.findings, context)) {
        const { line, column, endLine, endColumn } = finding.location;
        const key = `${finding.ruleId}|${finding.messageId}`;
        const occurrence = occurrences.get(key) ?? 0;
        occurrences.set(key, occurrence + 1);
        results.push({
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId)!,
          level: LEVEL[finding.action],
          message: { text: `${finding.message} (template ${template.id})` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                region: { startLine: line, startColumn: column, endLine, endColumn },
              },
            },
          ],
          partialFingerprints: {
            'smsPolicyFinding/v1': fingerprint(file.path, template.id, finding.ruleId, finding.messageId, occurrence),
          },
          properties: { action: finding.action, template: template.id, render: finding.render },
        });
      }
    }
  }
  const notifications: Notification[] = report.errors.map((error) => {
    const region = error.line !== undefined ? { startLine: error.line, startColumn: error.column ?? 1 } : undefined;
    return {
      level: 'error',
      message: { text: `${error.path}: ${error.message}` },
      descriptor: { id: FILE_ERROR_ID, index: 0 },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(error.path), uriBaseId: '%SRCROOT%' },
            ...(region ? { region } : {}),
          },
        },
      ],
    };
  });
  const invocation: Invocation = {
    executionSuccessful: report.errors.length === 0,
    exitCode: context.exitCode,
  };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sms-policy',
            version: context.version,
            semanticVersion: context.version,
            informationUri: new URL('README.md', context.docsBaseUrl).href,
            rules: ids.map((id) => descriptor(id, known.get(id), context)),
            notifications: [
              {
                id: FILE_ERROR_ID,
                name: 'TemplateFile',
                shortDescription: { text: 'A template file could not be read or parsed; it was not checked.' },
                defaultConfiguration: { level: 'error' },
              },
            ],
          },
        },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: CheckReport, context: FormatContext): string {
  return `${JSON.stringify(buildSarif(report, context), null, 2)}\n`;
}
