/**
 * The public API, read from the sources with the TypeScript compiler:
 *   - the API report (test/project/api-report.md): every exported name per package subpath, with its kind.
 *     test/project/api.test.ts fails when the exports differ from the reviewed report;
 *   - the API reference (docs/api/*.md): each export's signature and JSDoc, generated, never edited.
 *
 *   npm run api            rewrites both after a reviewed change
 *   npx tsx scripts/api.ts prints the report
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Package subpath → source entry, read from package.json `exports` and tsup.config.ts `entry`, so a new
 * entry point (a new pack's subpath) is in the report without anyone listing it here.
 */
export const ENTRY_POINTS: Record<string, string> = entryPoints();

function entryPoints(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | { import?: string }>;
  };
  const tsup = readFileSync(join(ROOT, 'tsup.config.ts'), 'utf8');
  const out: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? undefined : target.import;
    const built = file && /^\.\/dist\/(.+)\.js$/.exec(file)?.[1];
    if (!built) continue;
    // `'adapters/redis': 'src/adapters/redis.ts'` (or `index: 'src/index.ts'`) in the tsup entry table.
    const entry = new RegExp(`['"]?${built.replace(/[/.]/g, (c) => `\\${c}`)}['"]?\\s*:\\s*['"]([^'"]+)['"]`).exec(
      tsup,
    )?.[1];
    if (!entry) throw new Error(`package.json exports ${subpath} → ${file}, which tsup.config.ts does not build`);
    out[subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`] = entry;
  }
  return out;
}

export const REPORT_FILE = 'test/project/api-report.md';
export const REFERENCE_DIR = 'docs/api';

export interface ApiExport {
  name: string;
  kind: 'function' | 'class' | 'const' | 'interface' | 'type' | 'enum' | 'namespace';
  /** Declaration text, bodies removed. */
  signature: string;
  /** The JSDoc comment (summary and tags), as written. */
  doc: string;
  /** The source file and line it is declared in. */
  source: string;
}

function kindOf(declaration: ts.Declaration): ApiExport['kind'] {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'type';
  if (ts.isEnumDeclaration(declaration)) return 'enum';
  if (ts.isModuleDeclaration(declaration)) return 'namespace';
  return 'const';
}

/** The declaration's text without function or method bodies (what a reader of the reference needs). */
function signatureOf(declaration: ts.Declaration, checker: ts.TypeChecker, name: string): string {
  const file = declaration.getSourceFile();
  if (ts.isFunctionDeclaration(declaration)) {
    const params = declaration.parameters.map((p) => p.getText(file)).join(', ');
    const generics = declaration.typeParameters
      ? `<${declaration.typeParameters.map((t) => t.getText(file)).join(', ')}>`
      : '';
    const returns = declaration.type ? `: ${declaration.type.getText(file)}` : '';
    return `function ${name}${generics}(${params})${returns}`;
  }
  if (ts.isVariableDeclaration(declaration)) {
    const type = declaration.type
      ? declaration.type.getText(file)
      : checker.typeToString(checker.getTypeAtLocation(declaration), undefined, ts.TypeFormatFlags.NoTruncation);
    return `const ${name}: ${type.length > 400 ? `${type.slice(0, 400)}…` : type}`;
  }
  if (ts.isClassDeclaration(declaration)) {
    const members = declaration.members
      .filter(
        (m) =>
          !(ts.getCombinedModifierFlags(m as ts.Declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
      )
      .filter((m) => !(m.name && ts.isPrivateIdentifier(m.name)))
      .map((m) => {
        const text =
          ts.isMethodDeclaration(m) || ts.isConstructorDeclaration(m)
            ? m
                .getText(file)
                .replace(/\{[\s\S]*\}\s*$/, '')
                .trim()
            : m.getText(file);
        return `  ${text.replace(/\s*\n\s*/g, ' ')}`;
      });
    const heritage = declaration.heritageClauses?.map((h) => h.getText(file)).join(' ') ?? '';
    return `class ${name}${heritage ? ` ${heritage}` : ''} {\n${members.join('\n')}\n}`;
  }
  const text = declaration.getText(file).replace(/^export\s+/, '');
  return text.replace(/\/\*\*[\s\S]*?\*\/\s*/g, '');
}

function docOf(symbol: ts.Symbol, declaration: ts.Declaration): string {
  const jsDoc =
    (ts.getJSDocCommentsAndTags(declaration).find((node) => ts.isJSDoc(node)) as ts.JSDoc | undefined) ??
    (ts.isVariableDeclaration(declaration)
      ? (ts.getJSDocCommentsAndTags(declaration.parent.parent).find((node) => ts.isJSDoc(node)) as ts.JSDoc | undefined)
      : undefined);
  if (jsDoc) {
    const text = jsDoc.getText(declaration.getSourceFile());
    return text
      .replace(/^\/\*\*\s?/, '')
      .replace(/\s*\*\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n')
      .trim();
  }
  void symbol;
  return '';
}

let cached: Record<string, ApiExport[]> | undefined;
let cachedMissing: string[] | undefined;

/** Type names of this package that a signature refers to (type references, recursively through unions etc.). */
function referencedTypes(node: ts.Node, checker: ts.TypeChecker, out: Set<ts.Symbol>): void {
  if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
    const target = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
    let symbol = checker.getSymbolAtLocation(target);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    if (symbol && declaration && !(symbol.flags & ts.SymbolFlags.TypeParameter)) {
      const file = declaration.getSourceFile().fileName;
      if (file.startsWith(join(ROOT, 'src'))) out.add(symbol);
    }
  }
  ts.forEachChild(node, (child) => referencedTypes(child, checker, out));
}

/** Every export of every entry point, sorted by name. */
export function readApi(): Record<string, ApiExport[]> {
  if (cached) return cached;
  const files = Object.values(ENTRY_POINTS).map((file) => join(ROOT, file));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const program = ts.createProgram(files, { ...(config?.options ?? {}), noEmit: true });
  const checker = program.getTypeChecker();
  const out: Record<string, ApiExport[]> = {};
  const exportedSymbols = new Set<ts.Symbol>();
  const referenced = new Map<ts.Symbol, string>();
  for (const [subpath, file] of Object.entries(ENTRY_POINTS)) {
    const source = program.getSourceFile(join(ROOT, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
    const exports: ApiExport[] = [];
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      exportedSymbols.add(symbol);
      for (const declaration of symbol.declarations ?? []) {
        // What a public function takes and returns, and what a public interface extends, must be nameable.
        const parts: ts.Node[] = [];
        if (ts.isFunctionDeclaration(declaration)) {
          parts.push(...declaration.parameters);
          if (declaration.type) parts.push(declaration.type);
        }
        if (ts.isInterfaceDeclaration(declaration)) parts.push(...(declaration.heritageClauses ?? []));
        const found = new Set<ts.Symbol>();
        for (const part of parts) referencedTypes(part, checker, found);
        for (const type of found) if (!referenced.has(type)) referenced.set(type, `${subpath} ${exported.name}`);
        const kind = kindOf(declaration);
        // A name that is both a value and a type (a class, a const with a same-named type) is listed once per kind.
        if (exports.some((e) => e.name === exported.name && e.kind === kind)) continue;
        const sourceFile = declaration.getSourceFile();
        const line = sourceFile.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
        exports.push({
          name: exported.name,
          kind,
          signature: signatureOf(declaration, checker, exported.name),
          doc: docOf(symbol, declaration),
          source: `${sourceFile.fileName.slice(ROOT.length).replace(/^\//, '')}:${line}`,
        });
      }
    }
    exports.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : 1));
    out[subpath] = exports;
  }
  cached = out;
  cachedMissing = [...referenced]
    .filter(([symbol]) => !exportedSymbols.has(symbol))
    .map(([symbol, by]) => `${symbol.name} (used by ${by})`)
    .sort();
  return out;
}

/** Types of this package used in a public signature but exported from no entry point (users cannot name them). */
export function unexportedTypes(): string[] {
  readApi();
  return cachedMissing ?? [];
}

/** The reviewed list: one section per subpath, one line per export. */
export function apiReport(api = readApi()): string {
  const lines = [
    '# Public API report',
    '',
    'Every name each entry point exports, with its kind. Generated by `npm run api` (scripts/api.ts);',
    'test/project/api.test.ts fails when the exports differ. A change here is a change of the public API:',
    'review it (and the CHANGELOG) before committing the regenerated file.',
  ];
  for (const [subpath, exports] of Object.entries(api)) {
    lines.push('', `## ${subpath} (${new Set(exports.map((e) => e.name)).size} names)`, '');
    for (const e of exports) lines.push(`- ${e.kind} ${e.name}`);
  }
  return `${lines.join('\n')}\n`;
}

function slug(subpath: string): string {
  return subpath === 'sms-policy' ? 'index' : subpath.slice('sms-policy/'.length);
}

/** JSDoc to markdown: `@example` blocks become code blocks, other tags a list. */
function docMarkdown(doc: string): string {
  if (!doc) return '_No documentation comment._';
  const parts = doc.split(/\n(?=@)/);
  const out: string[] = [parts[0]!.trim()];
  for (const tag of parts.slice(1)) {
    const match = /^@(\w+)\s*([\s\S]*)$/.exec(tag.trim());
    if (!match) continue;
    const [, name, body] = match;
    if (name === 'example') out.push('', '```ts', body!.trim(), '```');
    else out.push('', `**@${name}** ${body!.trim()}`);
  }
  return out.join('\n').trim();
}

/** docs/api/<subpath>.md for every entry point, plus an index. */
export function apiReference(api = readApi()): Record<string, string> {
  const files: Record<string, string> = {};
  const index = [
    '# API reference',
    '',
    'Generated from the sources and their JSDoc by `npm run api` (scripts/api.ts); do not edit by hand.',
    '',
    '| import | names |',
    '|---|---|',
  ];
  for (const [subpath, exports] of Object.entries(api)) {
    const name = slug(subpath);
    index.push(`| [\`${subpath}\`](${name}.md) | ${new Set(exports.map((e) => e.name)).size} |`);
    const lines = [
      `# \`${subpath}\``,
      '',
      'Generated from the sources and their JSDoc by `npm run api`; do not edit by hand.',
      '',
      ...exports.map((e) => `- [\`${e.name}\`](#${e.kind}-${e.name.toLowerCase()}) (${e.kind})`),
    ];
    for (const e of exports) {
      lines.push(
        '',
        `<a id="${e.kind}-${e.name.toLowerCase()}"></a>`,
        `## ${e.kind} \`${e.name}\``,
        '',
        '```ts',
        e.signature,
        '```',
        '',
        docMarkdown(e.doc),
        '',
        `<sub>${e.source.replace(/:\d+$/, '')}</sub>`,
      );
    }
    files[`${REFERENCE_DIR}/${name}.md`] = `${lines.join('\n')}\n`;
  }
  files[`${REFERENCE_DIR}/README.md`] = `${index.join('\n')}\n`;
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) {
    const files = { [REPORT_FILE]: apiReport(), ...apiReference() };
    for (const [path, content] of Object.entries(files)) {
      const absolute = join(ROOT, path);
      mkdirSync(dirname(absolute), { recursive: true });
      let before = '';
      try {
        before = readFileSync(absolute, 'utf8');
      } catch {}
      writeFileSync(absolute, content);
      console.log(`${path} ${before === content ? 'unchanged' : 'written'}`);
    }
  } else {
    process.stdout.write(apiReport());
  }
}
