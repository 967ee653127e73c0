/**
 * Registers the service worker (src/service-worker/sw.ts) once the page has loaded and gone idle, and links the
 * page's web app manifest: installing goes with the offline copy, so neither is fetched before the text is on
 * screen (this runs after the first paint, like every module script: src/integrations/lib/defer-scripts.ts).
 */
const base = import.meta.env.BASE_URL;

// The page's manifest (components/frame/OfflineCopy.astro names the one in its language).
const href = document.querySelector<HTMLElement>('[data-manifest]')?.dataset['manifest'];
if (href && !document.querySelector('link[rel="manifest"]')) {
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = href;
  document.head.append(manifest);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Adding the article to a home screen stays the reader's own idea.
  addEventListener('beforeinstallprompt', (event) => event.preventDefault());
  const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register) : setTimeout(register, 1000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
