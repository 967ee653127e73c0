/**
 * Reference previews for in-text citations: hovering or focusing a citation shows the reference it points to,
 * Esc or leaving closes it. The texts come from the page's language's previews file
 * (src/pages/reference-previews-[locale].json.ts), fetched once this script runs, after the first paint; until
 * then, without it, or without JavaScript, a citation stays a plain link to the reference list.
 */
import { localeOfPath, referencePreviewsPath, withBase } from '../site/urls.ts';

type Previews = Record<string, { label: string; text: string }>;

const base = import.meta.env.BASE_URL;
const locale = localeOfPath(location.pathname, base);
let previews: Previews = {};
let tooltip: HTMLElement | null = null;
let current: HTMLAnchorElement | null = null;
let hideTimer: number | undefined;

function tooltipElement(): HTMLElement {
  if (tooltip) return tooltip;
  tooltip = document.createElement('div');
  tooltip.id = 'reference-preview';
  tooltip.className = 'reference-preview';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  tooltip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  tooltip.addEventListener('mouseleave', () => scheduleHide());
  document.body.append(tooltip);
  return tooltip;
}

function show(link: HTMLAnchorElement): void {
  const preview = previews[link.dataset['ref'] ?? ''];
  if (!preview) return;
  clearTimeout(hideTimer);
  const tip = tooltipElement();
  const label = document.createElement('p');
  label.className = 'reference-preview-label';
  label.lang = document.documentElement.lang;
  label.textContent = preview.label;
  const text = document.createElement('p');
  text.textContent = preview.text;
  // The references are in English, as published, on the Spanish pages too.
  tip.lang = 'en';
  tip.replaceChildren(label, text);
  tip.hidden = false;
  const box = link.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + window.innerWidth - width - 8))}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
  current?.removeAttribute('aria-describedby');
  current = link;
  link.setAttribute('aria-describedby', tip.id);
}

function hide(): void {
  if (tooltip) tooltip.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

const citation = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a.cite[data-ref]') : null;

// A citation under the pointer or focused before the previews have arrived gets its preview when they do.
void fetch(withBase(base, referencePreviewsPath(locale)))
  .then((response) => (response.ok ? (response.json() as Promise<Previews>) : {}))
  .then((loaded) => {
    previews = loaded;
    const waiting = document.querySelector<HTMLAnchorElement>('a.cite[data-ref]:is(:hover, :focus)');
    if (waiting) show(waiting);
  })
  .catch(() => undefined);

document.addEventListener('mouseover', (event) => {
  const link = citation(event.target);
  if (link) show(link);
});
document.addEventListener('mouseout', (event) => {
  if (citation(event.target)) scheduleHide();
});
document.addEventListener('focusin', (event) => {
  const link = citation(event.target);
  if (link) show(link);
  else if (!tooltip?.contains(event.target as Node)) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) hide();
});
