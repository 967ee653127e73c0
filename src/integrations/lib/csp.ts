/**
 * A page's Content-Security-Policy, narrowed to the page. Astro's policy names the hash of every script and style
 * of the whole site on every page; a page needs only those of its own inline <script> and <style> elements (its
 * script files are allowed as 'self'), including scripts the post-build pipeline adds or holds in a <template>
 * (they run under the page's policy once put in place). Narrowed, each page allows less, and its first load is
 * lighter. The one place that knows what the policy's `<meta>` looks like.
 */
import type { Element, Root } from 'hast';
import { createHash } from 'node:crypto';
import { allElements, applyEdits, attribute, parsePage, rawText, sourceSpan } from './html-edit.ts';

// Scripts that run: no type, or a JavaScript one. JSON-LD and other data blocks never run and need no hash.
const RUNS = /^\s*(module|text\/javascript|application\/javascript)?\s*$/i;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The `<meta http-equiv="content-security-policy">` element of a page, if it has one. */
export function cspMeta(tree: Root): Element | undefined {
  return allElements(tree).find(
    ({ element, inTemplate }) =>
      !inTemplate &&
      element.tagName === 'meta' &&
      attribute(element, 'httpEquiv')?.toLowerCase() === 'content-security-policy',
  )?.element;
}

/** The policy the page's `<meta>` carries (what hosts that read a headers file send as a header). */
export function pagePolicy(html: string): string | undefined {
  const meta = cspMeta(parsePage(html));
  return meta ? attribute(meta, 'content') : undefined;
}

/** The hashes (`sha256-…`) of the page's inline scripts that run and of its inline styles, apart. */
export function ownHashes(tree: Root): { script: string[]; style: string[] } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const { element } of allElements(tree)) {
    if (element.tagName === 'style') style.add(sha256(rawText(element)));
    else if (
      element.tagName === 'script' &&
      attribute(element, 'src') === undefined &&
      RUNS.test(attribute(element, 'type') ?? '')
    )
      script.add(sha256(rawText(element)));
  }
  return { script: [...script], style: [...style] };
}

/** All of the page's own hashes, scripts' and styles'. */
export function inlineHashes(html: string): Set<string> {
  const { script, style } = ownHashes(parsePage(html));
  return new Set([...script, ...style]);
}

/**
 * The policy with the hash sources of `script-src` and `style-src` replaced by the page's own. Throws when the page
 * has an inline script or style and the policy has no directive to allow it in: it would not run.
 */
export function withOwnHashes(policy: string, own: { script: string[]; style: string[] }): string {
  const wanted: Record<string, string[]> = { 'script-src': own.script, 'style-src': own.style };
  const seen = new Set<string>();
  const narrowed = policy.replace(
    /(^|;)(\s*)([a-z-]+)([^;]*)/g,
    (directive, sep: string, space: string, name: string, sources: string) => {
      const hashes = wanted[name];
      if (!hashes) return directive;
      seen.add(name);
      const kept = sources.replace(/\s*'sha256-[^']+'/g, '');
      return `${sep}${space}${name}${kept}${hashes.map((h) => ` '${h}'`).join('')}`;
    },
  );
  for (const [name, hashes] of Object.entries(wanted))
    if (hashes.length && !seen.has(name)) throw new Error(`the policy has no ${name} to allow the page's inline code`);
  return narrowed;
}

/** The page with its `<meta>` policy allowing exactly the page's own inline scripts and styles by hash. */
export function narrowCsp(html: string): string {
  const tree = parsePage(html);
  const meta = cspMeta(tree);
  const policy = meta && attribute(meta, 'content');
  if (!meta || policy === undefined) return html;
  const narrowed = withOwnHashes(policy, ownHashes(tree));
  if (narrowed === policy) return html;
  const { start, end } = sourceSpan(meta);
  return applyEdits(html, [
    { start, end, text: `<meta http-equiv="content-security-policy" content="${escapeAttribute(narrowed)}">` },
  ]);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
