/**
 * Which files `check` reads: directories walked, globs matched, `--ignore` and the config's `ignore:` applied.
 *
 * A walk never leaves the tree it was asked for: a symbolic link whose target lies outside the directory (or
 * the glob's base) is skipped, a symlinked directory is not descended into (its target, when it is inside the
 * tree, is walked in place), and every file is yielded once, however many links lead to it (files are told apart
 * by device and inode). `.git` and `node_modules` are never walked; lockfiles are skipped by name (they are never
 * templates and can be far larger than one). Whether a file is a template is decided later, by its shape.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CliError } from './io.js';

/** Extensions a walk or a glob considers (an explicitly named file is read whatever its name). */
export const TEMPLATE_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Directories a walk never enters. */
export const ALWAYS_SKIPPED_DIRECTORIES = ['.git', 'node_modules'] as const;

/** Files that are never templates and can be very large: skipped by name before they are read. */
export const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml'] as const;

export interface CandidateFile {
  /** As reported: relative to the working directory when inside it, `/`-separated. */
  path: string;
  absolute: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Discovery {
  files: CandidateFile[];
  skipped: SkippedFile[];
}

/** A set of ignore globs, each relative to the directory it was written for (the working directory, the config's). */
export interface IgnoreSource {
  patterns: string[];
  /** Absolute directory the patterns are relative to. */
  base: string;
  /** Named in messages, e.g. `--ignore` or `sms-policy.config.yaml`. */
  origin: string;
}

type Matcher = (absolute: string) => string | undefined;

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * The path as reported, always with `/`: relative to `cwd` when inside it; outside it, relative too unless
 * `absoluteOutside` (the argument was an absolute path).
 */
export function displayPath(absolute: string, cwd: string, absoluteOutside = true): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  const outside = rel.startsWith('..') || isAbsolute(rel);
  return toPosix(outside && (absoluteOutside || isAbsolute(rel)) ? absolute : rel);
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Compiles ignore sources into one matcher; it returns the source and pattern of the first match. As in
 * .gitignore, a pattern without a slash matches a name at any depth, and a pattern that matches a directory
 * ignores everything below it (`fixtures`, `fixtures/` and `fixtures/**` alike).
 */
export function ignoreMatcher(sources: IgnoreSource[]): Matcher {
  const compiled = sources.flatMap((source) =>
    source.patterns.map((pattern) => {
      const trimmed = pattern.replace(/\/+$/, '');
      return { source, pattern, test: picomatch(trimmed, { dot: true, basename: true }) };
    }),
  );
  return (absolute) => {
    for (const { source, pattern, test } of compiled) {
      if (!inside(absolute, source.base)) continue;
      const rel = toPosix(relative(source.base, absolute));
      if (rel === '') continue;
      // The path itself, then each directory above it.
      for (let at = rel.length; at > 0; at = rel.lastIndexOf('/', at - 1)) {
        if (test(rel.slice(0, at))) return `${source.origin} ${pattern}`;
      }
    }
    return undefined;
  };
}

function hasTemplateExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

interface WalkState {
  cwd: string;
  /** Whether the argument being expanded was absolute (paths outside cwd are then reported absolute). */
  absoluteInput: boolean;
  ignored: Matcher;
  configFiles: ReadonlySet<string>;
  /** device:inode → index in `files`, and whether that path is a symbolic link. */
  seen: Map<string, { index: number; link: boolean }>;
  files: CandidateFile[];
  skipped: SkippedFile[];
}

/** Adds a file once (by device and inode; the real path wins over a link to it), unless ignored. */
function addFile(state: WalkState, absolute: string, ino: string, link: boolean): void {
  const path = show(state, absolute);
  const ignoredBy = state.ignored(absolute);
  if (ignoredBy) {
    state.skipped.push({ path, reason: `ignored (${ignoredBy})` });
    return;
  }
  const seen = state.seen.get(ino);
  if (seen) {
    if (seen.link && !link) {
      state.files[seen.index] = { path, absolute };
      seen.link = false;
    }
    return;
  }
  state.seen.set(ino, { index: state.files.length, link });
  state.files.push({ path, absolute });
}

function show(state: WalkState, absolute: string): string {
  return displayPath(absolute, state.cwd, state.absoluteInput);
}

/**
 * Walks `dir` (inside `root`); `accept` says which relative paths are candidates (every template extension for
 * a directory argument, the glob for a glob).
 */
async function walk(
  state: WalkState,
  root: string,
  rootReal: string,
  dir: string,
  accept: (relativePath: string, name: string) => boolean,
  visited: Set<string>,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    state.skipped.push({
      path: show(state, dir),
      reason: `cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    const rel = toPosix(relative(root, absolute));
    if (entry.isDirectory()) {
      if ((ALWAYS_SKIPPED_DIRECTORIES as readonly string[]).includes(entry.name)) continue;
      const ignoredBy = state.ignored(absolute);
      if (ignoredBy) {
        state.skipped.push({ path: `${show(state, absolute)}/`, reason: `ignored (${ignoredBy})` });
        continue;
      }
      // A bind mount or a hard-linked directory can still make a cycle: each directory is walked once.
      const info = await stat(absolute).catch(() => undefined);
      const key = info ? `${info.dev}:${info.ino}` : absolute;
      if (visited.has(key)) continue;
      visited.add(key);
      await walk(state, root, rootReal, absolute, accept, visited);
      continue;
    }
    const isLink = entry.isSymbolicLink();
    if (!entry.isFile() && !isLink) continue;
    if (!accept(rel, entry.name)) continue;
    if ((LOCKFILES as readonly string[]).includes(entry.name)) {
      state.skipped.push({ path: show(state, absolute), reason: 'a lockfile' });
      continue;
    }
    if (state.configFiles.has(absolute)) {
      state.skipped.push({ path: show(state, absolute), reason: 'the sms-policy config file' });
      continue;
    }
    let target = absolute;
    if (isLink) {
      const real = await realpath(absolute).catch(() => undefined);
      if (!real) {
        state.skipped.push({ path: show(state, absolute), reason: 'a broken symbolic link' });
        continue;
      }
      if (!inside(real, rootReal)) {
        state.skipped.push({
          path: show(state, absolute),
          reason: 'a symbolic link to a file outside the tree being checked',
        });
        continue;
      }
      const info = await stat(real).catch(() => undefined);
      if (!info?.isFile()) {
        state.skipped.push({
          path: show(state, absolute),
          reason: 'a symbolic link to a directory (not followed)',
        });
        continue;
      }
      target = real;
    }
    const info = await stat(target).catch(() => undefined);
    if (!info?.isFile()) continue;
    addFile(state, absolute, `${info.dev}:${info.ino}`, isLink);
  }
}

const GLOB_CHARS = /[*?[\]{}()!]/;

/** True when an argument is meant as a glob rather than a path. */
export function isGlob(input: string): boolean {
  return GLOB_CHARS.test(input);
}

export interface DiscoverOptions {
  cwd: string;
  ignore: IgnoreSource[];
  /** Absolute paths of config files, never checked as templates. */
  configFiles?: string[];
}

/**
 * Expands `check` arguments: a directory is walked for `*.yaml`, `*.yml` and `*.json`; a glob is matched below
 * its base directory; a file is taken as named. An argument that names nothing is a usage error.
 */
export async function discoverFiles(inputs: string[], options: DiscoverOptions): Promise<Discovery> {
  const state: WalkState = {
    cwd: options.cwd,
    ignored: ignoreMatcher(options.ignore),
    configFiles: new Set(options.configFiles ?? []),
    absoluteInput: false,
    seen: new Map(),
    files: [],
    skipped: [],
  };
  for (const input of inputs) {
    state.absoluteInput = isAbsolute(input);
    const absolute = resolve(options.cwd, input);
    const info = await lstat(absolute).catch(() => undefined);
    if (info) {
      const target = info.isSymbolicLink() ? await stat(absolute).catch(() => undefined) : info;
      if (!target) throw new CliError(`${input}: a broken symbolic link`);
      if (target.isDirectory()) {
        const rootReal = await realpath(absolute);
        const before = state.files.length + state.skipped.length;
        await walk(
          state,
          absolute,
          rootReal,
          absolute,
          (_rel, name) => hasTemplateExtension(name),
          new Set([rootReal]),
        );
        if (state.files.length + state.skipped.length === before) {
          throw new CliError(`${input}: no *.yaml, *.yml or *.json files in this directory`);
        }
        continue;
      }
      if (!target.isFile()) throw new CliError(`${input}: not a regular file or directory`);
      addFile(state, absolute, `${target.dev}:${target.ino}`, info.isSymbolicLink());
      continue;
    }
    if (!isGlob(input)) throw new CliError(`${input}: no such file, directory or matching glob`);
    const scanned = picomatch.scan(input);
    const base = resolve(options.cwd, scanned.base || '.');
    const baseInfo = await stat(base).catch(() => undefined);
    if (!baseInfo?.isDirectory()) throw new CliError(`${input}: no such file, directory or matching glob`);
    const matches = picomatch(scanned.glob, { dot: false });
    const before = state.files.length + state.skipped.length;
    const rootReal = await realpath(base);
    await walk(state, base, rootReal, base, (rel) => matches(rel), new Set([rootReal]));
    if (state.files.length + state.skipped.length === before) {
      throw new CliError(`${input}: no such file, directory or matching glob`);
    }
  }
  return { files: state.files, skipped: state.skipped };
}
