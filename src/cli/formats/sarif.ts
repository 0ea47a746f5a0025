/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning. One reportingDescriptor per rule id (help link
 * into docs/rules/<domain>/<tail>.md), one result per finding, located in the template file.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FindingAction, Rule } from '../../core/types.js';
import { type CheckReport, type FormatContext, shownFindings } from '../report.js';

const LEVEL: Record<FindingAction, Result.level> = {
  deny: 'error',
  defer: 'warning',
  review: 'warning',
  warn: 'warning',
  info: 'note',
};

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

function descriptor(ruleId: string, rule: Rule | undefined, base: string, external: boolean): ReportingDescriptor {
  const action = rule?.meta.defaultAction ?? 'deny';
  const out: ReportingDescriptor = {
    id: ruleId,
    name: ruleId
      .split(/[/-]/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: rule?.meta.description ?? ruleId },
    defaultConfiguration: { level: LEVEL[action] },
    properties: { defaultAction: action },
  };
  const uri = helpUri(ruleId, rule, base, external);
  if (uri) out.helpUri = uri;
  if (rule?.meta.source) out.properties!.source = rule.meta.source;
  if (rule?.meta.confidence) out.properties!.confidence = rule.meta.confidence;
  return out;
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
    for (const template of file.templates) {
      for (const finding of shownFindings(template.decision.findings, context)) {
        const { line, column, endLine, endColumn } = finding.location;
        results.push({
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId)!,
          level: LEVEL[finding.action],
          message: { text: `${finding.message} (template ${template.id})` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' },
                region: { startLine: line, startColumn: column, endLine, endColumn },
              },
            },
          ],
          partialFingerprints: { templateRule: `${template.id}/${finding.ruleId}/${finding.messageId}` },
          properties: { action: finding.action, template: template.id, render: finding.render },
        });
      }
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sms-policy',
            version: context.version,
            informationUri: new URL('README.md', context.docsBaseUrl).href,
            rules: ids.map((id) => descriptor(id, known.get(id), context.docsBaseUrl, context.externalRuleIds.has(id))),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: CheckReport, context: FormatContext): string {
  return `${JSON.stringify(buildSarif(report, context), null, 2)}\n`;
}
