/** The shipped JSON Schemas: generated from the CLI's own zod schemas, and they agree with what `check` accepts. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMA_FILES, schemaFiles } from '../../scripts/schemas.js';
import { parseTemplateSource } from '../../src/cli/templates/index.js';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: false });
const validTemplate = ajv.compile(JSON.parse(read(SCHEMA_FILES.template)));
const validConfig = ajv.compile(JSON.parse(read(SCHEMA_FILES.config)));

describe('JSON Schemas', () => {
  it.each(Object.keys(schemaFiles()))('%s is what scripts/schemas.ts generates (npm run schemas)', (path) => {
    expect(read(path), `${path} is out of date: run npm run schemas`).toBe(schemaFiles()[path]);
  });

  it.each([
    'examples/templates/winter-sale.yaml',
    'examples/templates/casino-bonus.yaml',
    'examples/templates/campaigns.yaml',
    'examples/templates/order-shipped.json',
  ])('%s validates against the template schema and names it for editors', (path) => {
    const source = read(path);
    const data = path.endsWith('.json') ? JSON.parse(source) : parse(source);
    expect(validTemplate(data), JSON.stringify(validTemplate.errors)).toBe(true);
    expect(source).toMatch(
      /(yaml-language-server: \$schema=|"\$schema": ")\.\.\/\.\.\/schemas\/template\.schema\.json/,
    );
    expect(parseTemplateSource(path, source).length).toBeGreaterThan(0);
  });

  it('the example config validates and names its schema', () => {
    const source = read('examples/ci/sms-policy.config.yaml');
    expect(validConfig(parse(source)), JSON.stringify(validConfig.errors)).toBe(true);
    expect(source).toContain('yaml-language-server: $schema=../../schemas/sms-policy.config.schema.json');
  });

  it.each([
    ['a wrong kind', { id: 'a', kind: 'PROMO', senderId: 'A', text: 'hi' }],
    ['a missing text', { id: 'a', kind: 'SRV', senderId: 'A' }],
    ['an unknown key', { id: 'a', kind: 'SRV', senderId: 'A', text: 'hi', colour: 'red' }],
    [
      'a bad variable name',
      { id: 'a', kind: 'SRV', senderId: 'A', text: 'hi', variables: { 'a-b': { example: 'x' } } },
    ],
  ])('the template schema rejects %s, as check does', (_name, template) => {
    expect(validTemplate(template)).toBe(false);
    expect(() => parseTemplateSource('t.json', JSON.stringify(template))).toThrow();
  });

  it.each([
    ['an unknown key', { colour: true }],
    ['an unknown pack', { packs: { nope: true } }],
    ['a bad action', { rules: { 'content/gambling': 'block' } }],
    ['a bad failOn', { failOn: 'info' }],
  ])('the config schema rejects %s', (_name, config) => {
    expect(validConfig(config)).toBe(false);
  });

  it('the config schema lists the shipped packs and rule ids for completion', () => {
    const schema = JSON.parse(read(SCHEMA_FILES.config));
    expect(Object.keys(schema.properties.packs.properties)).toEqual(expect.arrayContaining(['content', 'jordan']));
    expect(Object.keys(schema.properties.rules.properties)).toContain('jordan/adv-sender-prefix');
    expect(validConfig({ rules: { 'acme/no-crypto': 'review' }, ignore: ['fixtures/'] })).toBe(true);
  });
});
