/**
 * A shipped rule's docs page (docs/rules/<domain>/<rule>.md, shipped in the package) as SARIF wants it: a
 * plain-text description (the "What it checks" section) and the page as markdown with its links made absolute.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, posix } from 'node:path';

export interface RuleDoc {
  /** The "What it checks" section (or the first paragraph), as plain text. */
  description: string;
  /** The page without its title, links resolved against the docs base URL. */
  markdown: string;
}

const cache = new Map<string, RuleDoc | null>();

/** Markdown to plain text for a description: no emphasis, code ticks, link targets or list bullets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*[-*] +/gm, '')
    .replace(/^>\s?/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('|'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function section(markdown: string, heading: string): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim().toLowerCase() === `## ${heading}`.toLowerCase());
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/** Relative links of a page under `docsPath` resolved against `baseUrl`. */
function absoluteLinks(markdown: string, docsPath: string, baseUrl: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return whole;
    const resolved = posix.normalize(posix.join(posix.dirname(docsPath), target));
    return `](${new URL(resolved, baseUrl).href})`;
  });
}

/**
 * Reads the docs page at `docsPath` (relative to the package root) once. `undefined` when the package has no
 * such page (a plugin rule, a build without docs).
 */
export function ruleDoc(root: string | undefined, docsPath: string, baseUrl: string): RuleDoc | undefined {
  if (!root || /^[a-z][a-z0-9+.-]*:/i.test(docsPath)) return undefined;
  const key = `${root}|${docsPath}|${baseUrl}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const file = normalize(join(root, docsPath));
  let doc: RuleDoc | null = null;
  if (file.startsWith(normalize(root)) && existsSync(file)) {
    const source = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    const body = source.replace(/^# [^\n]*\n+/, '');
    const checks = section(body, 'What it checks') ?? body.split('\n\n').find((p) => !p.startsWith('**')) ?? '';
    doc = { description: plainText(checks), markdown: absoluteLinks(body.trim(), docsPath, baseUrl) };
  }
  cache.set(key, doc);
  return doc ?? undefined;
}
