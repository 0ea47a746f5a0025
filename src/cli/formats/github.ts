/** `--format github`: workflow commands that GitHub Actions turns into annotations on the template file. */
import type { FindingAction } from '../../core/types.js';
import { type CheckReport, type FormatContext, shownFindings } from '../report.js';

const COMMAND: Record<FindingAction, 'error' | 'warning' | 'notice'> = {
  deny: 'error',
  defer: 'warning',
  review: 'warning',
  warn: 'warning',
  info: 'notice',
};

/** Escaping per the workflow-command syntax: data escapes %, CR, LF; properties also : and ,. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(report: CheckReport, context: FormatContext): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const template of file.templates) {
      for (const finding of shownFindings(template.decision.findings, context)) {
        const { line, column, endLine, endColumn } = finding.location;
        const props = [
          `file=${escapeProperty(file.path)}`,
          `line=${line}`,
          `col=${column}`,
          `endLine=${endLine}`,
          `endColumn=${endColumn}`,
          `title=${escapeProperty(`${finding.ruleId} (${template.id})`)}`,
        ].join(',');
        lines.push(`::${COMMAND[finding.action]} ${props}::${escapeData(finding.message)}`);
      }
    }
  }
  for (const error of report.errors) {
    const props = [`file=${escapeProperty(error.path)}`];
    if (error.line !== undefined) props.push(`line=${error.line}`, `col=${error.column ?? 1}`);
    props.push(`title=${escapeProperty('sms-policy: template file not checked')}`);
    lines.push(`::error ${props.join(',')}::${escapeData(error.message)}`);
  }
  const { summary } = report;
  lines.push(
    `sms-policy: ${summary.templates} templates, ${summary.verdicts.deny} deny, ${summary.verdicts.defer} defer, ${summary.verdicts.review} review, ${summary.verdicts.allow} allow`,
  );
  return `${lines.join('\n')}\n`;
}
