/**
 * The HTTP headers the site asks its host for, as one list of path rules, written out for each kind of host:
 * `_headers` (Netlify, Cloudflare Pages) and `vercel.json` (Vercel). nginx has its own copy of the fixed part in
 * deploy/nginx/; a test compares the two.
 */
import { withBase } from '../../site/urls.ts';

/** One rule: a path pattern (a `*` matches any rest of the path) and the headers its responses carry. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Files whose names carry a hash of their content never change: cache them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, the search index, downloads) may change with the next deploy: revalidate every time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Types the site states for files whose extension hosts map differently: XML (the JATS file, the sitemaps) is
 * application/xml in UTF-8, where nginx's mime.types says text/xml with no charset.
 */
export const FILE_TYPES: Readonly<Record<string, string>> = { xml: 'application/xml; charset=utf-8' };

const typeOf = (file: string): Record<string, string> => {
  const type = FILE_TYPES[file.slice(file.lastIndexOf('.') + 1)];
  return type ? { 'Content-Type': type } : {};
};

/** What a page adds to the headers: the Content-Security-Policy of its `<meta>`, plus what only a header can say. */
export function pageCsp(metaCsp: string): string {
  return `${metaCsp.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

/**
 * The rules for one build. No two rules that match the same path set the same header: hosts that apply every
 * matching rule would join the two values into one header.
 */
export function headerRules(input: {
  /** The base path ("/", "/case-report/"). */
  base: string;
  /** Each page's path under the base ("", "es/clinical-case/") and its `<meta>` CSP. */
  pages: { path: string; csp: string }[];
  /** Every other file at the top of the build ("citation.bib", "favicon.svg"). */
  files: string[];
}): HeaderRule[] {
  const { base, pages, files } = input;
  return [
    { path: withBase(base, '*'), headers: { ...SECURITY_HEADERS } },
    { path: withBase(base, '_astro/*'), headers: { 'Cache-Control': IMMUTABLE } },
    { path: withBase(base, 'pagefind/*'), headers: { 'Cache-Control': REVALIDATE } },
    ...pages.map((page) => ({
      path: withBase(base, page.path),
      headers: { 'Content-Security-Policy': pageCsp(page.csp), 'Cache-Control': REVALIDATE },
    })),
    ...files.map((file) => ({ path: withBase(base, file), headers: { 'Cache-Control': REVALIDATE, ...typeOf(file) } })),
  ];
}

/** The rules as a `_headers` file. */
export function toHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** The rules as Vercel's `vercel.json`, whose path patterns write a splat as `(.*)`. */
export function toVercelConfig(rules: HeaderRule[]): {
  trailingSlash: boolean;
  headers: { source: string; headers: { key: string; value: string }[] }[];
} {
  return {
    trailingSlash: true,
    headers: rules.map((rule) => ({
      source: rule.path.replace(/\*$/, '(.*)'),
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
}
