/**
 * `--format junit`: one testsuite per file, one testcase per template with its `time` in seconds; findings at or
 * above --fail-on fail it. A file that could not be checked is a testsuite with one testcase in `error`.
 */
import { type CheckReport, type FormatContext, isFailing, shownFindings } from '../report.js';

export function escapeXml(value: string): string {
  // Characters XML 1.0 cannot carry at all are dropped.
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(report: CheckReport, context: FormatContext): string {
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let totalSeconds = 0;
  for (const file of report.files) {
    const cases: string[] = [];
    let fileFailures = 0;
    let fileSeconds = 0;
    for (const template of file.templates) {
      total++;
      const seconds = template.durationMs / 1000;
      fileSeconds += seconds;
      const failing = template.decision.findings.filter((f) => isFailing(f.action, context.failOn));
      const other = shownFindings(template.decision.findings, context).filter(
        (f) => !isFailing(f.action, context.failOn),
      );
      const name = `name="${escapeXml(template.id)}" classname="${escapeXml(file.path)}" time="${seconds.toFixed(3)}"`;
      const body: string[] = [];
      if (failing.length > 0) {
        fileFailures++;
        const first = failing[0]!;
        const detail = failing
          .map((f) => `${file.path}:${f.location.line}:${f.location.column} ${f.action} ${f.ruleId}: ${f.message}`)
          .join('\n');
        body.push(
          `      <failure message="${escapeXml(`${first.ruleId}: ${first.message}`)}" type="${escapeXml(template.decision.verdict)}">${escapeXml(detail)}</failure>`,
        );
      }
      if (other.length > 0) {
        const detail = other.map(
          (f) => `${f.location.line}:${f.location.column} ${f.action} ${f.ruleId}: ${f.message}`,
        );
        body.push(`      <system-out>${escapeXml(detail.join('\n'))}</system-out>`);
      }
      cases.push(
        body.length > 0 ? `    <testcase ${name}>\n${body.join('\n')}\n    </testcase>` : `    <testcase ${name}/>`,
      );
    }
    failures += fileFailures;
    totalSeconds += fileSeconds;
    suites.push(
      `  <testsuite name="${escapeXml(file.path)}" tests="${file.templates.length}" failures="${fileFailures}" errors="0" time="${fileSeconds.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  for (const error of report.errors) {
    total++;
    const where = error.line !== undefined ? `${error.path}:${error.line}:${error.column ?? 1}` : error.path;
    suites.push(
      `  <testsuite name="${escapeXml(error.path)}" tests="1" failures="0" errors="1" time="0.000">\n    <testcase name="(file)" classname="${escapeXml(error.path)}" time="0.000">\n      <error message="${escapeXml(error.message)}" type="input">${escapeXml(`${where}: ${error.message}`)}</error>\n    </testcase>\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sms-policy" tests="${total}" failures="${failures}" errors="${report.errors.length}" time="${totalSeconds.toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
