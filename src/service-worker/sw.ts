/**
 * The service worker (bundled and given its precache list by src/integrations/steps/service-worker.ts with Workbox's
 * injectManifest). It keeps the article readable on a ward whose Wi-Fi drops:
 * - the reading pages of both languages are fetched network first, with a short timeout, so an online reader
 *   always gets the current text; a copy is kept of each, and shown offline, marked with the time it was saved;
 * - everything else the pages need (CSS and JS, Table 1's CSV, the citation files, the JATS XML, each language's
 *   search index) is precached by revision, so a new build replaces exactly what changed;
 * - a new worker takes over at once and clears the old caches: nobody stays on an old build.
 */
/// <reference lib="webworker" />
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { warmStrategyCache } from 'workbox-recipes';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** How long an online reader waits for the network before the kept copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;
const SAVED_AT = 'x-saved-at';

const manifest = self.__WB_MANIFEST.map((entry) => (typeof entry === 'string' ? { url: entry } : entry));
const isPage = (url: string) => url === 'index.html' || url.endsWith('/index.html');
/** A page's address as readers ask for it: "es/clinical-case/index.html" → "<scope>es/clinical-case/". */
const pageUrl = (url: string) => new URL(url.replace(/index\.html$/, ''), self.registration.scope).href;

/** Stamps each kept page with the time it was saved, and tells the page when it is shown from that copy. */
const offlineCopy: WorkboxPlugin = {
  async cacheWillUpdate({ response }) {
    if (!response.ok) return null;
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT, new Date().toISOString());
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
  async cachedResponseWillBeUsed({ cachedResponse }) {
    if (!cachedResponse) return cachedResponse;
    const saved = cachedResponse.headers.get(SAVED_AT) ?? '';
    const html = await cachedResponse.text();
    return new Response(html.replace(/<html\b/, `<html data-offline-saved="${saved}"`), {
      status: cachedResponse.status,
      headers: cachedResponse.headers,
    });
  },
};

const pages = new NetworkFirst({
  cacheName: 'pages',
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [offlineCopy],
});

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(pages));
// Pagefind asks for its entry file with a cache-busting ?ts=…: the kept copy answers whatever the value.
precacheAndRoute(
  manifest.filter((entry) => !isPage(entry.url)),
  { ignoreURLParametersMatching: [/^ts$/] },
);
warmStrategyCache({
  urls: manifest.filter((entry) => isPage(entry.url)).map((entry) => pageUrl(entry.url)),
  strategy: pages,
});
