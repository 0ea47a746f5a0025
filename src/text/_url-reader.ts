/**
 * Reading a link at a position of the channel scanner's pass: scheme (also defanged, `hxxp://`, `http //`), host
 * labels with spaced or bracketed dots, path; bounded lengths, no regular expression.
 */
import { LINK_TLDS } from './data/links.js';
import { KIND_ARABIC, KIND_DIGIT, KIND_LATIN, SEPARATOR } from './fold.js';
import type { Channel } from './channels.js';

const MAX_HOST = 253;
const MAX_PATH = 512;

type Kinds = Uint8Array;
type Units = Uint16Array;

export function isWordChar(kind: number): boolean {
  return (kind & (KIND_LATIN | KIND_DIGIT | KIND_ARABIC)) !== 0;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000;
}

/** Scheme words accepted before `:` or `/` (lowercase). */
const SCHEMES = ['https', 'http', 'hxxps', 'hxxp', 'hxps', 'hxp', 'htps', 'htp', 'ttps', 'ttp'];

export interface Cursor {
  text: string;
  unit: Units;
  kind: Kinds;
}

function lower(c: Cursor, i: number): number {
  const code = c.text.charCodeAt(i);
  return code < 0x80 ? (code >= 0x41 && code <= 0x5a ? code + 32 : code) : c.unit[code]!;
}

/**
 * A defanged or plain dot at `i`: `.`, `[.]`, `(.)`, `{.}`, `[dot]`, ` . ` (spaces around it), `。`.
 * Returns its length, 0 when there is none.
 */
function dotAt(c: Cursor, i: number, allowSpaced: boolean): { length: number; defanged: boolean } {
  const t = c.text;
  const code = t.charCodeAt(i);
  if (code === 0x2e || code === 0x3002 || code === 0xff0e) return { length: 1, defanged: code !== 0x2e };
  if ((code === 0x5b || code === 0x28 || code === 0x7b) && i + 2 < t.length) {
    if (
      t.charCodeAt(i + 1) === 0x2e &&
      (t.charCodeAt(i + 2) === 0x5d || t.charCodeAt(i + 2) === 0x29 || t.charCodeAt(i + 2) === 0x7d)
    ) {
      return { length: 3, defanged: true };
    }
    if (
      i + 4 < t.length &&
      t.slice(i + 1, i + 4).toLowerCase() === 'dot' &&
      (t.charCodeAt(i + 4) === 0x5d || t.charCodeAt(i + 4) === 0x29)
    ) {
      return { length: 5, defanged: true };
    }
  }
  if (
    allowSpaced &&
    code === 0x20 &&
    i + 2 < t.length &&
    t.charCodeAt(i + 1) === 0x2e &&
    t.charCodeAt(i + 2) === 0x20
  ) {
    return { length: 3, defanged: true };
  }
  return { length: 0, defanged: false };
}

/** Reads a host label (letters, digits, hyphens) from `i`; returns its end. */
function labelEnd(c: Cursor, i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < 63) {
    const code = c.text.charCodeAt(j);
    if (code === 0x2d || code === 0x5f) {
      j++;
      continue;
    }
    if (!isWordChar(c.kind[code]!) || c.unit[code] === SEPARATOR) break;
    j++;
  }
  return j;
}

interface HostRead {
  host: string;
  end: number;
  labels: number;
  tld: string;
  defanged: boolean;
}

/** Reads `label(.label)*` from `i`, with plain or defanged dots (spaced ones only when `allowSpaced`). */
export function readHost(c: Cursor, i: number, limit: number, allowSpaced: boolean): HostRead | null {
  let host = '';
  let j = i;
  let labels = 0;
  let tld = '';
  let defanged = false;
  while (j < limit && host.length < MAX_HOST) {
    const end = labelEnd(c, j, limit);
    if (end === j) break;
    let label = '';
    for (let k = j; k < end; k++) label += String.fromCharCode(lower(c, k));
    host += label;
    tld = label;
    labels++;
    j = end;
    const dot = dotAt(c, j, allowSpaced);
    if (dot.length === 0) break;
    const after = j + dot.length;
    if (after >= limit || labelEnd(c, after, limit) === after) break;
    if (dot.length === 3 && c.text.charCodeAt(j) === 0x20) {
      // `bit . ly`: only when what follows is a known top-level domain.
      const nextEnd = labelEnd(c, after, limit);
      const next = c.text.slice(after, nextEnd).toLowerCase();
      if (!LINK_TLDS.has(next)) break;
    }
    defanged ||= dot.defanged;
    host += '.';
    j = after;
  }
  if (labels === 0) return null;
  return { host, end: j, labels, tld, defanged };
}

export function isIpv4(host: string): boolean {
  const parts = host.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => p.length >= 1 && p.length <= 3 && /^[0-9]+$/.test(p) && Number(p) <= 255);
}

/** A path after a host: from `/`, `?` or `#` to the next space. */
export function readPath(c: Cursor, i: number, limit: number): { path: string; end: number } {
  const t = c.text;
  const first = t.charCodeAt(i);
  if (i >= limit || (first !== 0x2f && first !== 0x3f && first !== 0x23 && first !== 0x3a)) return { path: '', end: i };
  let j = i;
  while (j < limit && j - i < MAX_PATH && !isSpace(t.charCodeAt(j))) j++;
  // Trailing punctuation belongs to the sentence.
  while (j > i + 1 && ',.;:!?)]}>\'"»،؛؟'.includes(t[j - 1]!)) j--;
  return { path: t.slice(i, j).toLowerCase(), end: j };
}

/** After a scheme word at `i..j`: the `://` in any of its broken forms; returns where the host starts. */
function afterScheme(c: Cursor, j: number, limit: number): { at: number; defanged: boolean } | null {
  const t = c.text;
  let k = j;
  let slashes = 0;
  let colon = false;
  let spaces = 0;
  let brackets = 0;
  while (k < limit && k - j < 6) {
    const code = t.charCodeAt(k);
    if (code === 0x2f || code === 0x5c) slashes++;
    else if (code === 0x3a) colon = true;
    else if (code === 0x20) spaces++;
    else if (code === 0x5b || code === 0x5d || code === 0x28 || code === 0x29) brackets++;
    else break;
    k++;
  }
  if (slashes === 0 && !colon) return null;
  if (slashes === 0 && spaces > 0) return null;
  return { at: k, defanged: slashes < 2 || !colon || spaces > 0 || brackets > 0 || t.charCodeAt(j - 3) === 0x78 };
}

export let examinedTo = 0;

export function readUrlAt(c: Cursor, i: number, limit: number): Channel | null {
  const t = c.text;
  examinedTo = i;
  // A scheme word?
  let wordEnd = i;
  while (wordEnd < limit && wordEnd - i < 6 && c.kind[t.charCodeAt(wordEnd)]! & KIND_LATIN) wordEnd++;
  const word = t.slice(i, wordEnd).toLowerCase();
  if (SCHEMES.includes(word)) {
    const after = afterScheme(c, wordEnd, limit);
    if (after) {
      const host = readHost(c, after.at, limit, true);
      if (host && (host.labels >= 2 || isIpv4(host.host))) {
        const path = readPath(c, host.end, limit);
        return {
          kind: 'url',
          start: i,
          end: path.end,
          host: host.host,
          path: path.path,
          scheme: true,
          defanged: after.defanged || host.defanged || word.includes('x') || word.length < 4,
        };
      }
    }
  }
  if (word.startsWith('www')) {
    const host = readHost(c, i, limit, true);
    if (host && host.labels >= 3) {
      return schemelessUrl(c, i, host, limit);
    }
  }
  // A bare domain: label(.label)+ ending in a known top-level domain.
  const host = readHost(c, i, limit, true);
  if (host) examinedTo = host.end;
  if (!host || host.labels < 2 || !LINK_TLDS.has(host.tld)) return null;
  const first = host.host.slice(0, host.host.indexOf('.'));
  if (first.length < 2 || /^[0-9]+$/.test(first)) return null;
  const nextCode = t.charCodeAt(host.end);
  if (host.end < limit && c.kind[nextCode]! & (KIND_LATIN | KIND_DIGIT | KIND_ARABIC)) return null;
  if (host.end < limit && nextCode === 0x40) return null; // an e-mail address
  return schemelessUrl(c, i, host, limit);
}

/** A link without a scheme (`www.…` or a bare domain) from `start`, its host read, with the path after it. */
function schemelessUrl(
  c: Cursor,
  start: number,
  host: NonNullable<ReturnType<typeof readHost>>,
  limit: number,
): Channel {
  const path = readPath(c, host.end, limit);
  return {
    kind: 'url',
    start,
    end: path.end,
    host: host.host,
    path: path.path,
    scheme: false,
    defanged: host.defanged,
  };
}
