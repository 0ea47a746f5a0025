/** Docs cannot drift: every rule has a page, and the README table is what the generator prints. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../scripts/_all-rules.js';
import { contentPage, pagePath } from '../../scripts/content-docs.js';
import { readmeWithTable } from '../../scripts/rule-table.js';
import { CONTENT_CATEGORIES } from '../../src/content/lexicons/types.js';

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

  it.each(CONTENT_CATEGORIES.map((c) => [c]))(
    'docs/rules/content/%s.md is what the specs and the shipped model give (npm run docs:content)',
    (category) => {
      expect(readFileSync(pagePath(category), 'utf8')).toBe(contentPage(category));
    },
  );

  it('the README shows the two set-up commands', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toContain('npm install && node dist/cli/bin.js check examples/templates');
    expect(firstScreen).toContain('npm test');
  });

  it('the first command runs what npm install built: the package binary, never npx (which rebuilds in a clone)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const first = readme.split('```sh\n')[1]!.split('\n')[0]!;
    expect(first).not.toMatch(/\bnpx\b/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(first).toContain(`node ${pkg.bin['sms-policy'].replace(/^\.\//, '')} `);
    expect(pkg.scripts.prepare).toBeDefined(); // npm install builds dist/ (the command needs no build of its own)
  });

  it('a LICENSE file carries the MIT licence of package.json', () => {
    const licence = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license).toBe('MIT');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the sms-policy authors\n/);
  });

  it('.pre-commit-hooks.yaml runs sms-policy check on staged YAML and JSON', async () => {
    const { parse } = await import('yaml');
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'sms-policy-check',
        entry: 'sms-policy check',
        language: 'node',
        types_or: ['yaml', 'json'],
      }),
    ]);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.bin)).toContain(String(hooks[0]!.entry).split(' ')[0]);
  });

  it('the changelog keeps an [Unreleased] section on top', () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog.indexOf('## [Unreleased]')).toBeGreaterThan(0);
    expect(changelog.indexOf('## [Unreleased]')).toBe(changelog.indexOf('## ['));
  });
});
