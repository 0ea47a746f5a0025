/** Docs cannot drift: every rule has a page, and the README table is what the generator prints. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../scripts/_all-rules.js';
import { readmeWithTable } from '../../scripts/rule-table.js';

const root = resolve(import.meta.dirname, '../..');
const rules = allRules();

describe('docs', () => {
  it.each(rules.map((rule) => [rule.id, rule]))('%s has a docs page that names it', (id, rule) => {
    const expected = `docs/rules/${id}.md`;
    expect(rule.meta.docs).toBe(expected);
    const path = join(root, expected);
    expect(existsSync(path), `${expected} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(id);
  });

  it('rule ids are unique and domain/kebab-case', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('the README rule table is up to date (npm run rules:table)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toBe(readmeWithTable(readme));
  });

  it('the README shows the two set-up commands', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm install && npx sms-policy check examples/templates');
    expect(firstScreen).toContain('npm test');
  });

  it('the changelog keeps an [Unreleased] section on top', () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog.indexOf('## [Unreleased]')).toBeGreaterThan(0);
    expect(changelog.indexOf('## [Unreleased]')).toBe(changelog.indexOf('## ['));
  });
});
