/**
 * A page's Content-Security-Policy, narrowed to the page. Astro's policy names the hash of every script and style
 * of the whole site on every page; a page needs only those of its own inline <script> and <style> elements (its
 * script files are allowed as 'self'). Narrowed, each page allows less, and its first load is lighter.
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
// Scripts that run: no type, or a JavaScript one. JSON-LD and other data blocks never run and need no hash.
const RUNS = /^\s*(module|text\/javascript|application\/javascript)?\s*$/i;

/** The hashes (`sha256-…`) of the page's inline scripts that run and of its inline styles. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag = '', attributes = '', content = ''] of html.matchAll(INLINE)) {
    if (/\ssrc=/i.test(attributes)) continue;
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (tag.toLowerCase() === 'script' && !RUNS.test(type)) continue;
    hashes.add(`sha256-${createHash('sha256').update(content).digest('base64')}`);
  }
  return hashes;
}

/** The page with its `<meta>` policy keeping only the hashes of the page's own inline scripts and styles. */
export function narrowCsp(html: string): string {
  const own = inlineHashes(html);
  return html.replace(
    CSP_META,
    (_, open: string, policy: string, close: string) =>
      open + policy.replace(/\s*'(sha256-[^']+)'/g, (source, hash: string) => (own.has(hash) ? source : '')) + close,
  );
}
