import { describe, expect, it } from 'vitest';
import { countSegments } from '../../src/text/segments.js';
import {
  exampleValues,
  parseTemplateSource,
  placeholders,
  render,
  TemplateFileError,
  worstCaseValues,
} from '../../src/cli/templates/index.js';

/** The text at a region (line/column are 1-based, end exclusive) of a source. */
function sliceRegion(
  source: string,
  region: { start: { line: number; column: number }; end: { line: number; column: number } },
) {
  const lines = source.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return source.slice(offset(region.start.line, region.start.column), offset(region.end.line, region.end.column));
}

describe('template files: shapes', () => {
  it.each([
    ['one.yaml', 'id: a\nkind: SRV\nsenderId: Acme\ntext: hello\n', ['a']],
    [
      'list.yaml',
      '- { id: a, kind: SRV, senderId: Acme, text: hi }\n- { id: b, kind: ADV, senderId: adv X, text: yo }\n',
      ['a', 'b'],
    ],
    ['wrapped.yml', 'templates:\n  - { id: a, kind: AWR, senderId: Gov, text: hi }\n', ['a']],
    ['one.json', '{"id":"j","kind":"ALR","senderId":"Gov","text":"storm"}', ['j']],
    [
      'list.json',
      '{"templates":[{"id":"x","kind":"SRV","senderId":"A","text":"t"},{"id":"y","kind":"SRV","senderId":"A","text":"u"}]}',
      ['x', 'y'],
    ],
  ])('%s holds %j', (file, source, ids) => {
    expect(parseTemplateSource(file, source).map((t) => t.template.id)).toEqual(ids);
  });
});

describe('template files: malformed input names the file, the problem and the place', () => {
  it.each([
    ['bad.yaml', 'id: a\nkind: SRV\n  senderId: [oops\n', /bad\.yaml:\d+:\d+: invalid YAML/],
    ['bad.json', '{"id": "a",\n "kind": }', /bad\.json:2:\d+: invalid JSON/],
    ['kind.yaml', 'id: a\nkind: PROMO\nsenderId: A\ntext: hi\n', /kind\.yaml:2:7: invalid template: kind/],
    ['missing.yaml', 'id: a\nkind: SRV\ntext: hi\n', /missing\.yaml:1:1: invalid template: senderId/],
    [
      'extra.yaml',
      'id: a\nkind: SRV\nsenderId: A\ntext: hi\ncolour: red\n',
      /extra\.yaml:1:1: invalid template: .*colour/,
    ],
    [
      'unknown.yaml',
      'id: greet\nkind: SRV\nsenderId: A\ntext: "Hi {{nmae}}"\nvariables:\n  name: { example: x }\n',
      /unknown\.yaml:4:7: template "greet" uses \{\{nmae\}\}, which is not declared/,
    ],
    ['stray.yaml', 'id: s\nkind: SRV\nsenderId: A\ntext: "Hi {{ name"\n', /template "s" has a malformed placeholder/],
    [
      'maxlen.yaml',
      'id: m\nkind: SRV\nsenderId: A\ntext: "{{n}}"\nvariables:\n  n: { example: x, maxLength: -3 }\n',
      /maxlen\.yaml:6:31: invalid template: variables\.n\.maxLength/,
    ],
    ['empty.yaml', '', /empty\.yaml: the file is empty/],
    ['scalar.yaml', 'just text\n', /scalar\.yaml:1:1: expected a template/],
    [
      'dupe.yaml',
      '- { id: a, kind: SRV, senderId: A, text: x }\n- { id: a, kind: SRV, senderId: A, text: y }\n',
      /duplicate template id "a"/,
    ],
  ])('%s', (file, source, pattern) => {
    let caught: unknown;
    try {
      parseTemplateSource(file, source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TemplateFileError);
    expect((caught as Error).message).toMatch(pattern);
  });
});

describe('spans in the rendered text map to the template file', () => {
  // Each case: a source, a word of the template text, and what the mapped region must slice in the file.
  it.each([
    ['plain', 'x.yaml', 'id: a\nkind: ADV\nsenderId: A\ntext: Play casino games now\n', 'casino', 'casino'],
    [
      'double quoted',
      'x.yaml',
      'id: a\nkind: ADV\nsenderId: A\ntext: "Play \\"big\\" casino now"\n',
      'casino',
      'casino',
    ],
    [
      'double quoted after a \\u escape',
      'x.yaml',
      'id: a\nkind: ADV\nsenderId: A\ntext: "caf\\u00e9 casino"\n',
      'casino',
      'casino',
    ],
    ['single quoted', 'x.yaml', "id: a\nkind: ADV\nsenderId: A\ntext: 'It''s casino time'\n", 'casino', 'casino'],
    [
      'block literal, second line',
      'x.yaml',
      'id: a\nkind: ADV\nsenderId: A\ntext: |\n  Hello there\n  try casino now\n',
      'casino',
      'casino',
    ],
    [
      'folded, second line',
      'x.yaml',
      'id: a\nkind: ADV\nsenderId: A\ntext: >-\n  Hello there\n  try casino now\n',
      'casino',
      'casino',
    ],
    ['Arabic', 'x.yaml', 'id: a\nkind: ADV\nsenderId: A\ntext: "العب قمار الآن"\n', 'قمار', 'قمار'],
    [
      'JSON with escapes',
      'x.json',
      '{"id":"a","kind":"ADV","senderId":"A",\n "text":"Tab\\there, casino!"}',
      'casino',
      'casino',
    ],
  ])('%s', (_name, file, source, word, expected) => {
    const [loaded] = parseTemplateSource(file, source);
    const text = loaded!.template.text;
    const start = text.indexOf(word);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(sliceRegion(source, loaded!.regionOf([start, start + word.length]))).toBe(expected);
  });

  it('a span inside a substituted value maps to its placeholder; literal text around it maps exactly', () => {
    const source =
      'id: a\nkind: ADV\nsenderId: A\ntext: "Dear {{name}}, casino night"\nvariables:\n  name: { example: "Casino Carl" }\n';
    const [loaded] = parseTemplateSource('x.yaml', source);
    const rendered = render(loaded!.template.text, exampleValues(loaded!.template));
    expect(rendered.text).toBe('Dear Casino Carl, casino night');
    const inValue = rendered.text.indexOf('Casino');
    const literal = rendered.text.indexOf('casino');
    expect(sliceRegion(source, loaded!.regionOf(rendered.toTemplateSpan([inValue, inValue + 6])))).toBe('{{name}}');
    expect(sliceRegion(source, loaded!.regionOf(rendered.toTemplateSpan([literal, literal + 6])))).toBe('casino');
  });
});

describe('rendering', () => {
  it('finds placeholders with and without inner spaces', () => {
    expect(placeholders('a {{x}} b {{ y }} c').map((p) => p.name)).toEqual(['x', 'y']);
  });

  it.each([
    ['Latin example → GSM-7 fill', 'Sara', 'GSM-7'],
    ['Arabic example → UCS-2 fill in Arabic', 'أحمد', 'UCS-2'],
    ['Greek-ish GSM example stays GSM-7', 'ΔΩ', 'GSM-7'],
    ['Cyrillic example → UCS-2', 'Иван', 'UCS-2'],
  ])('worst case: %s', (_name, example, encoding) => {
    const template = {
      id: 't',
      kind: 'SRV' as const,
      senderId: 'A',
      text: 'Hi {{n}}',
      variables: { n: { example, maxLength: 50 } },
    };
    const value = worstCaseValues(template).n!;
    expect(value.length).toBe(50);
    expect(countSegments(value).encoding).toBe(encoding);
  });

  it('worst case pushes a long template over a segment boundary the example stays under', () => {
    const template = {
      id: 't',
      kind: 'ADV' as const,
      senderId: 'A',
      text: 'مرحبا {{name}}، خصم على كل المنتجات',
      variables: { name: { example: 'أحمد', maxLength: 50 } },
    };
    const example = countSegments(render(template.text, exampleValues(template)).text);
    const worst = countSegments(render(template.text, worstCaseValues(template)).text);
    expect(example.segments).toBe(1);
    expect(worst.segments).toBe(2);
  });
});

describe('hostile input stays cheap', () => {
  it('a 100 KB text full of escapes and near-placeholders parses, renders and maps quickly', () => {
    const body = '\\u0645{{ x'.repeat(2_000) + '{'.repeat(30_000) + ' casino';
    const source = `id: big\nkind: ADV\nsenderId: A\ntext: "${body}"\n`;
    const started = performance.now();
    expect(() => parseTemplateSource('big.yaml', source)).toThrow(/malformed placeholder/);
    const ok = `id: big\nkind: ADV\nsenderId: A\ntext: "${'\\u0645 {x} '.repeat(12_000)}casino"\n`;
    const [loaded] = parseTemplateSource('ok.yaml', ok);
    const text = loaded!.template.text;
    const at = text.indexOf('casino');
    const region = loaded!.regionOf([at, at + 6]);
    expect(region.start.line).toBe(4);
    expect(ok.split('\n')[3]!.slice(region.start.column - 1, region.end.column - 1)).toBe('casino');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
