/**
 * Reading what a host tells the browser, independently of the code that writes it: a Content-Security-Policy as
 * directives, the hashes a page's inline scripts and styles need, and vercel.json's header rules applied the way
 * Vercel applies them. The tests compare what these read with expectations written out in the tests themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A policy's directives, each with its sources sorted; a directive given twice is kept as "<name> (again)". */
export function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase() in directives ? `${name.toLowerCase()} (again)` : name.toLowerCase();
    directives[key] = sources.sort();
  }
  return directives;
}

/** The policy with every hash written as `'sha256-…'` (once per directive), directives and sources sorted. */
export function policyShape(policy: string): string {
  return Object.entries(parseCsp(policy))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, sources]) =>
      [name, ...new Set(sources.map((s) => s.replace(/^'sha256-.*'$/, "'sha256-…'")))].join(' '),
    )
    .join('; ');
}

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') {
    found.push(node);
    // A <template>'s scripts run once they are put in place, under the page's policy.
    if (node.tagName === 'template' && node.content) elements(node.content, found);
  }
  if ('children' in node) for (const child of node.children) elements(child, found);
  return found;
}

// A script's or style's text, exactly as the page holds it (what its hash is of).
const rawText = (el: Element) => el.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
// Scripts that run: no type, or a JavaScript one (JSON-LD and other data blocks never run).
const RUNS = /^(|module|text\/javascript|application\/javascript)$/i;

/** What a served page says about its policy: its `<meta>` policies, and the hashes its inline code needs. */
export function pagePolicy(html: string): { meta: string[]; scripts: string[]; styles: string[] } {
  const all = elements(fromHtml(html) as Root);
  const inline = (tag: string) => all.filter((el) => el.tagName === tag && el.properties['src'] === undefined);
  return {
    meta: all
      .filter(
        (el) => el.tagName === 'meta' && String(el.properties['httpEquiv']).toLowerCase() === 'content-security-policy',
      )
      .map((el) => String(el.properties['content'])),
    scripts: [
      ...new Set(
        inline('script')
          .filter((el) => RUNS.test(String(el.properties['type'] ?? '').trim()))
          .map((el) => sha256(rawText(el))),
      ),
    ].sort(),
    styles: [...new Set(inline('style').map((el) => sha256(rawText(el))))].sort(),
  };
}

interface VercelConfig {
  headers?: { source: string; headers: { key: string; value: string }[] }[];
}

/**
 * The headers Vercel adds to a path from a vercel.json: every rule whose `source` matches the whole path applies, in
 * order, a later value of a header replacing an earlier one. `source` is a path-to-regexp pattern; this reader knows
 * the part of that syntax a static site's rules need (literal paths and `(.*)`) and rejects the rest.
 */
export function vercelHeaders(file: string, path: string): Record<string, string> {
  const config = JSON.parse(readFileSync(file, 'utf8')) as VercelConfig;
  const headers: Record<string, string> = {};
  for (const rule of config.headers ?? []) {
    const literal = rule.source.split('(.*)');
    if (literal.some((part) => /[:*+?(){}]/.test(part)))
      throw new Error(`${file}: this test does not read the source pattern ${rule.source}`);
    const pattern = new RegExp(`^${literal.map((part) => part.replace(/[.\\/[\]^$|]/g, '\\$&')).join('(.*)')}$`);
    if (pattern.test(path)) for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}
