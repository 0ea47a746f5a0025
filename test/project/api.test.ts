/**
 * The public surface. The exports of every entry point are read from the sources at run time (TypeScript's
 * checker) and compared with the reviewed list in test/project/api-report.md: a name that appears or disappears
 * without a reviewed update of that file fails here. The generated API reference in docs/api must match too.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiReference, apiReport, ENTRY_POINTS, readApi, REPORT_FILE, unexportedTypes } from '../../scripts/api.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const api = readApi();

/** `- kind name` lines of one subpath's section of a report. */
function section(report: string, subpath: string): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## ${subpath} (`));
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('- '));
}

describe('public API', () => {
  it.each(Object.keys(ENTRY_POINTS))('%s exports exactly the reviewed names', (subpath) => {
    const reviewed = section(read(REPORT_FILE), subpath);
    const actual = section(apiReport(api), subpath);
    const added = actual.filter((line) => !reviewed.includes(line));
    const removed = reviewed.filter((line) => !actual.includes(line));
    expect(
      { added, removed },
      `the exports of ${subpath} changed: review the change, then run npm run api to update ${REPORT_FILE} and docs/api`,
    ).toEqual({ added: [], removed: [] });
  });

  it('the report covers every entry point package.json exports, and nothing else', () => {
    const reviewed = [...read(REPORT_FILE).matchAll(/^## (\S+) \(/gm)].map((m) => m[1]);
    expect(reviewed, `run npm run api after adding or removing an entry point`).toEqual(Object.keys(ENTRY_POINTS));
    expect(Object.keys(ENTRY_POINTS)).toEqual(expect.arrayContaining(['sms-policy', 'sms-policy/jordan']));
  });

  it('the root entry carries no engine internals', () => {
    const names = new Set(api['sms-policy']!.map((e) => e.name));
    for (const internal of [
      'gcraDecide',
      'slidingLogDecide',
      'fixedWindowDecide',
      'MINHASH_BANDS',
      'MINHASH_ROWS',
      'contentFingerprint',
      'calendarWindow',
      'timeZoneOffsetMs',
      'compareVerdicts',
      'isBlocking',
      'verdictOf',
      'OutboundMessageSchema',
    ]) {
      expect(names.has(internal), internal).toBe(false);
    }
    for (const needed of [
      'createPolicy',
      'defineRule',
      'OutboundMessage',
      'TemplateMessage',
      'Decision',
      'PolicyOptions',
    ]) {
      expect(names.has(needed), needed).toBe(true);
    }
  });

  it('every type a public signature uses is exported (options and results can be named)', () => {
    expect(unexportedTypes()).toEqual([]);
  });

  it('docs/api is the reference generated from the JSDoc (npm run api)', () => {
    for (const [path, content] of Object.entries(apiReference(api))) {
      expect(read(path), `${path} is out of date: run npm run api`).toBe(content);
    }
  });

  it('every public function and class has a JSDoc comment', () => {
    const undocumented = Object.entries(api).flatMap(([subpath, exports]) =>
      exports.filter((e) => (e.kind === 'function' || e.kind === 'class') && !e.doc).map((e) => `${subpath} ${e.name}`),
    );
    expect(undocumented).toEqual([]);
  });
});
