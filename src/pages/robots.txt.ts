import type { APIRoute } from 'astro';
import { fileUrl } from '../site/base.ts';

/** robots.txt; it names the sitemap at the site's URL and base path when the build knows its site URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(fileUrl('sitemap-index.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
