/**
 * Crawls a served build from its home (and its 404 page) the way a strict static host serves it: every internal
 * link and asset must answer 200 with no redirect, and every #anchor must exist on its target page.
 */
import type { APIRequestContext } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface CrawlResult {
  pages: string[];
  checked: number;
  problems: string[];
}

export async function crawl(request: APIRequestContext, baseURL: string): Promise<CrawlResult> {
  const origin = new URL(baseURL).origin;
  const queue = [baseURL, new URL('404.html', baseURL).href];
  const seen = new Set<string>();
  const ids = new Map<string, Set<string>>();
  const anchors: { from: string; page: string; id: string }[] = [];
  const problems: string[] = [];
  const pages: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200 && !url.endsWith('/404.html')) {
      problems.push(`${url}: HTTP ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages.push(url);
    const tree = fromHtml(await response.text());
    ids.set(url, new Set(selectAll('[id]', tree).map((el) => String(el.properties['id']))));
    for (const el of selectAll('a[href], link[href], script[src], img[src]', tree)) {
      const raw = String(el.properties['href'] ?? el.properties['src']);
      if (/^(mailto|tel|data):/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== origin) continue;
      const page = `${target.origin}${target.pathname}`;
      if (target.hash) anchors.push({ from: url, page, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(page)) queue.push(page);
    }
  }
  for (const { from, page, id } of anchors) {
    const known = ids.get(page);
    if (known && !known.has(id)) problems.push(`${from}: links to ${page}#${id}, which has no element with that id`);
  }
  return { pages, checked: seen.size, problems };
}
