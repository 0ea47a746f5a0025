/**
 * URL extraction for SMS bodies: links with a scheme (also broken or defanged ones: `hxxp://`, `http //`,
 * `example[.]com`), `www.` links and bare domains ending in a known top-level domain (`bit.ly/x`,
 * `arab-bank.jo-verify.com`). The links of the channel scanner (`scanChannels`), one linear pass.
 */
import { scanChannels } from './channels.js';

export interface ExtractedUrl {
  /** Half-open UTF-16 span of the link in the text it was found in. */
  span: [number, number];
  /** The link as written (trailing punctuation removed). */
  url: string;
  /** Lowercased host name without a port or trailing dot (an IP address for raw-IP links). */
  host: string;
  /** True when the link was written with a scheme (`https://`, `hxxp://`). */
  hasScheme: boolean;
}

/**
 * Finds the links in a text.
 *
 * @example
 * extractUrls('Verify now: bit.ly/3xYz or https://arabbank-jo.com/login');
 * // [{ url: 'bit.ly/3xYz', host: 'bit.ly', ... }, { url: 'https://arabbank-jo.com/login', host: 'arabbank-jo.com', ... }]
 */
export function extractUrls(text: string): ExtractedUrl[] {
  return scanChannels(text)
    .filter((c) => c.kind === 'url')
    .map((c) => ({
      span: [c.start, c.end],
      url: text.slice(c.start, c.end),
      host: c.host ?? '',
      hasScheme: c.scheme === true,
    }));
}
