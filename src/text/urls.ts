/**
 * URL extraction for SMS bodies: links with a scheme, `www.` links and bare domains ending in a common
 * top-level domain (`bit.ly/x`, `arab-bank.jo-verify.com`). A hand-written scan over whitespace-separated
 * tokens, so hostile text costs linear time.
 */

export interface ExtractedUrl {
  /** Half-open UTF-16 span of the link in the text it was found in. */
  span: [number, number];
  /** The link as written (trailing punctuation removed). */
  url: string;
  /** Lowercased host name without a port or trailing dot (an IP address for raw-IP links). */
  host: string;
  /** True when the link was written with a scheme (`https://`). */
  hasScheme: boolean;
}

/** Top-level domains accepted for links written without a scheme or `www.`. */
export const COMMON_TLDS: ReadonlySet<string> = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'ly',
  'gl',
  'gd',
  'cc',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'xyz',
  'top',
  'site',
  'online',
  'club',
  'shop',
  'store',
  'app',
  'link',
  'live',
  'vip',
  'win',
  'bet',
  'icu',
  'buzz',
  'click',
  'work',
  'today',
  'support',
  'help',
  'services',
  'page',
  'website',
  'space',
  'fun',
  'pw',
  'cn',
  'ru',
  'jo',
  'sa',
  'ae',
  'eg',
  'kw',
  'qa',
  'bh',
  'om',
  'lb',
  'ps',
  'iq',
  'uk',
  'de',
  'fr',
  'tv',
  'ws',
  'su',
  'ng',
  'gov',
  'edu',
  'mobi',
  'pro',
  'asia',
  'tel',
  'gy',
  'cloud',
]);

const MAX_TOKEN = 2_048;
const SCHEME = /^(?:https?|hxxps?):\/\//i;
const HOST_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const TRAILING = /[.,;:!?)\]}>'"»”’،؛؟]+$/u;
const LEADING = /^[(<[{'"«“‘]+/u;

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0x2028;
}

/** The host part of `rest` (after any scheme), or null when it is not a plausible host. */
function hostOf(rest: string, requireTld: boolean): string | null {
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '/' || ch === '?' || ch === '#' || ch === ':' || ch === '@') {
      end = i;
      break;
    }
  }
  const host = rest.slice(0, end).toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > 253) return null;
  if (IPV4.test(host)) return host;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  for (const label of labels) if (!HOST_LABEL.test(label)) return null;
  const tld = labels[labels.length - 1]!;
  if (requireTld && !COMMON_TLDS.has(tld) && !tld.startsWith('xn--')) return null;
  if (!/^(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/.test(tld) && !/^\p{L}{2,24}$/u.test(tld)) return null;
  return host;
}

/**
 * Finds the links in a text.
 *
 * @example
 * extractUrls('Verify now: bit.ly/3xYz or https://arabbank-jo.com/login');
 * // [{ url: 'bit.ly/3xYz', host: 'bit.ly', ... }, { url: 'https://arabbank-jo.com/login', host: 'arabbank-jo.com', ... }]
 */
export function extractUrls(text: string): ExtractedUrl[] {
  const found: ExtractedUrl[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < length && !isSpace(text.charCodeAt(i))) i++;
    if (i === start || i - start > MAX_TOKEN) continue;
    let token = text.slice(start, i);
    const lead = LEADING.exec(token)?.[0].length ?? 0;
    token = token.slice(lead).replace(TRAILING, '');
    if (token.length < 4 || !token.includes('.')) continue;
    // A link may follow a word glued to it by punctuation ("here:bit.ly/x"); take the part from the scheme.
    const schemeAt = token.search(/(?:https?|hxxps?):\/\//i);
    if (schemeAt > 0) token = token.slice(schemeAt);
    const offset = start + lead + Math.max(0, schemeAt);
    const scheme = SCHEME.exec(token);
    let host: string | null;
    if (scheme) host = hostOf(token.slice(scheme[0].length), false);
    else if (/^www\./i.test(token)) host = hostOf(token, false);
    else if (/^[\p{L}\p{N}]/u.test(token) && !/^\d+(?:[.,]\d+)*$/.test(token)) host = hostOf(token, true);
    else host = null;
    if (host === null) continue;
    found.push({ span: [offset, offset + token.length], url: token, host, hasScheme: scheme !== null });
  }
  return found;
}
